using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using SearchPortal.LuceneEngine.Search;
using SearchPortal.Web.Models;
using SearchPortal.Web.Services;

namespace SearchPortal.Web.Tests.Services;

public sealed class SearchQueryReaderTests
{
    private static SearchQuery Read(string queryString) =>
        new SearchQueryReader().Read(new QueryCollection(QueryHelpers.ParseQuery(queryString)));

    [Theory]
    [InlineData("", 1, 10)]
    [InlineData("page=3&size=20", 3, 20)]
    [InlineData("page=-1", 1, 10)]
    [InlineData("page=0", 1, 10)]
    [InlineData("page=1000000000", SearchQuery.MaxPage, 10)]
    [InlineData("page=99999999999999999999", 1, 10)]
    [InlineData("page=abc&size=abc", 1, 10)]
    [InlineData("size=5", 1, 10)]
    [InlineData("size=30", 1, 20)]
    [InlineData("size=100000", 1, 50)]
    [InlineData("size=50", 1, 50)]
    public void Page_and_size_are_clamped(string qs, int page, int size)
    {
        var q = Read(qs);
        Assert.Equal(page, q.Page);
        Assert.Equal(size, q.Size);
    }

    [Fact]
    public void Repeated_facet_values_are_kept_in_facet_order_without_duplicates()
    {
        var q = Read("topic=巡视&type=讲话&type=报告&type=讲话&year=2021&unknown=x&type=");
        Assert.Equal(["type", "year", "topic"], q.Filters.Keys);
        Assert.Equal(["讲话", "报告"], q.Filters["type"]);
        Assert.Equal("/search?type=%E8%AE%B2%E8%AF%9D&type=%E6%8A%A5%E5%91%8A&year=2021&topic=%E5%B7%A1%E8%A7%86", q.ToUrl());
    }

    [Fact]
    public void Toggle_adds_and_removes_a_value_and_returns_to_page_one()
    {
        var q = Read("q=政治生态&type=讲话&page=4");
        var added = q.Toggle("type", "报告");
        Assert.Equal(["讲话", "报告"], added.Filters["type"]);
        Assert.Equal(1, added.Page);
        var removed = q.Toggle("type", "讲话");
        Assert.False(removed.Filters.ContainsKey("type"));
        Assert.Equal("政治生态", removed.Q);
        Assert.Equal(4, q.Page);   // the original is unchanged
    }

    [Fact]
    public void A_long_query_is_cut_with_a_notice_without_splitting_a_surrogate_pair()
    {
        var q = Read("q=" + Uri.EscapeDataString(new string('政', 999) + "𠈓𠈓"));
        Assert.Equal(SearchQuery.MaxQueryLength - 1, q.Q.Length);   // the pair at 999–1000 is dropped whole
        Assert.False(char.IsHighSurrogate(q.Q[^1]));
        Assert.Contains("查询过长", q.InputNotice);
        Assert.Null(Read("q=政治生态").InputNotice);
    }

    [Theory]
    [InlineData("政治\u0000生态", "政治 生态")]
    [InlineData("  政治\t\n生态  ", "政治 生态")]
    [InlineData("\u001b[31m四风", "[31m四风")]
    [InlineData("A𠈓C", "A𠈓C")]
    public void Control_characters_and_lone_surrogates_are_dropped(string raw, string expected) =>
        Assert.Equal(expected, SearchQueryReader.Clean(raw));

    [Fact]
    public void Lone_surrogates_are_dropped()
    {
        // Built in code: xunit would turn a lone surrogate in [InlineData] into U+FFFD.
        Assert.Equal("政治", SearchQueryReader.Clean("\ud800政治"));
        Assert.Equal("政治", SearchQueryReader.Clean("政治\udfff"));
        Assert.Equal("政治", SearchQueryReader.Clean("政\udc00\ud800治"));
    }

    [Theory]
    [InlineData("sort=newest", SearchSort.Newest)]
    [InlineData("sort=oldest", SearchSort.Oldest)]
    [InlineData("sort=relevance", SearchSort.Relevance)]
    [InlineData("sort=sideways", SearchSort.Relevance)]
    public void Sort_is_read_with_relevance_as_default(string qs, SearchSort sort) => Assert.Equal(sort, Read(qs).Sort);

    [Theory]
    [InlineData("", true)]
    [InlineData("expand=0", false)]
    [InlineData("expand=false", false)]
    [InlineData("expand=1", true)]
    public void Expansion_is_on_unless_turned_off(string qs, bool expand) => Assert.Equal(expand, Read(qs).Expand);

    [Fact]
    public void Urls_leave_defaults_out_and_keep_every_state()
    {
        var q = Read("q=四风&type=讲话&sort=newest&size=20&expand=0&page=2");
        Assert.Equal(q.ToUrl(), Read(q.ToUrl()["/search?".Length..]).ToUrl());
        Assert.Equal("/search?q=x", Read("q=x&sort=relevance&size=10&page=1&expand=1").ToUrl());
    }
}
