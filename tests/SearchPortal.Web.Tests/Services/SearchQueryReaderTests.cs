using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using SearchPortal.Web.Models;
using SearchPortal.Web.Services;

namespace SearchPortal.Web.Tests.Services;

public sealed class SearchQueryReaderTests
{
    private static SearchQuery Read(string queryString) =>
        new SearchQueryReader(SearchLimits.Default, FacetCatalog.Default).Read(new QueryCollection(QueryHelpers.ParseQuery(queryString)));

    [Theory]
    [InlineData("", 1, 10)]
    [InlineData("page=3&size=20", 3, 20)]
    [InlineData("page=-1", 1, 10)]
    [InlineData("page=0", 1, 10)]
    [InlineData("page=1000000000", 1000, 10)]                 // MaxPage
    [InlineData("page=1000000000&size=50", 200, 50)]          // page × size within MaxResultWindow (10,000)
    [InlineData("page=99999999999999999999", 1, 10)]
    [InlineData("page=abc&size=abc", 1, 10)]
    [InlineData("size=5", 1, 5)]
    [InlineData("size=37", 1, 37)]                            // any size 1..50, as /api/quotes
    [InlineData("size=0", 1, 10)]
    [InlineData("size=-3", 1, 10)]
    [InlineData("size=100000", 1, 50)]
    [InlineData("size=50", 1, 50)]
    public void Page_and_size_are_clamped_to_the_limits(string qs, int page, int size)
    {
        var q = Read(qs);
        Assert.Equal(page, q.Page);
        Assert.Equal(size, q.Size);
    }

    [Fact]
    public void Repeated_facet_values_are_kept_in_facet_order_without_duplicates()
    {
        var q = Read("topic=巡视&type=讲话&type=报告&type=讲话&year=2021&unknown=x&type=");
        Assert.Equal([FacetCatalog.Type, FacetCatalog.Year, FacetCatalog.Topic], q.Filters.Keys);
        Assert.Equal(["讲话", "报告"], q.Filters[FacetCatalog.Type]);
        Assert.Equal("/search?type=%E8%AE%B2%E8%AF%9D&type=%E6%8A%A5%E5%91%8A&year=2021&topic=%E5%B7%A1%E8%A7%86", q.ToUrl());
    }

    [Fact]
    public void Facet_values_are_cleaned_and_overlong_or_surplus_ones_dropped()
    {
        var many = string.Join("&", Enumerable.Range(0, 80).Select(i => "type=t" + i));
        var q = Read($"type=%20%E8%AE%B2%00%E8%AF%9D%20&type={new string('x', 101)}&{many}");
        Assert.Equal("讲 话", q.Filters[FacetCatalog.Type][0]);
        Assert.DoesNotContain(q.Filters[FacetCatalog.Type], v => v.Length > SearchLimits.Default.MaxFacetValueLength);
        Assert.Equal(SearchLimits.Default.MaxValuesPerFacet, q.Filters[FacetCatalog.Type].Count);
    }

    [Fact]
    public void Toggle_adds_and_removes_a_value_and_returns_to_page_one()
    {
        var q = Read("q=政治生态&type=讲话&page=4");
        var added = q.Toggle(FacetCatalog.Type, "报告");
        Assert.Equal(["讲话", "报告"], added.Filters[FacetCatalog.Type]);
        Assert.Equal(1, added.Page);
        var removed = q.Toggle(FacetCatalog.Type, "讲话");
        Assert.False(removed.Filters.ContainsKey(FacetCatalog.Type));
        Assert.Equal("政治生态", removed.Q);
        Assert.Equal(4, q.Page);   // the original is unchanged
    }

    [Fact]
    public void A_long_query_is_cut_to_the_limit_with_a_notice_without_splitting_a_surrogate_pair()
    {
        var max = SearchLimits.Default.MaxQueryLength;
        var q = Read("q=" + Uri.EscapeDataString(new string('政', max - 1) + "𠈓𠈓"));
        Assert.Equal(max - 1, q.Q.Length);   // the pair at max-1..max is dropped whole
        Assert.False(char.IsHighSurrogate(q.Q[^1]));
        Assert.Equal($"查询过长，只使用了前 {max} 个字符。", q.InputNotice);
        Assert.Equal(max, Read("q=" + new string('x', 300)).Q.Length);
        Assert.Null(Read("q=政治生态").InputNotice);
    }

    [Theory]
    [InlineData("政治\u0000生态", "政治 生态")]
    [InlineData("  政治\t\n生态  ", "政治 生态")]
    [InlineData("\u001b[31m四风", "[31m四风")]
    [InlineData("A𠈓C", "A𠈓C")]
    public void Control_characters_in_the_query_are_dropped(string raw, string expected) =>
        Assert.Equal(expected, Read("q=" + Uri.EscapeDataString(raw)).Q);

    [Fact]
    public void Lone_surrogates_in_the_query_are_dropped()
    {
        // Straight into the collection: a lone surrogate cannot be percent-encoded, and xunit's [InlineData] would turn it into U+FFFD.
        static string ReadRaw(string q) => new SearchQueryReader(SearchLimits.Default, FacetCatalog.Default)
            .Read(new QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues> { ["q"] = q })).Q;
        Assert.Equal("政治", ReadRaw("\ud800政治"));
        Assert.Equal("政治", ReadRaw("政治\udfff"));
        Assert.Equal("政治", ReadRaw("政\udc00\ud800治"));
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
        Assert.Equal("/search?q=x&size=37", Read("q=x&size=37").ToUrl());
    }
}
