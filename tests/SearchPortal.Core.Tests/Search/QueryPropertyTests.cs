using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Search;

/// <summary>Whatever a user types, search answers (results or a notice) and never throws.</summary>
[Collection(SearchIndexCollection.Name)]
public sealed class QueryPropertyTests(SearchIndexFixture index)
{
    private static readonly string[] Fragments =
    [
        "政治生态", "四风", "\"", "\"政治谈话\"", "-", "-巡视", "OR", "AND", "NOT", "*", "?", "title:", "类型:讲话", "year:",
        "year:2019..2022", "年份:..2015", "(", ")", "[", "]", "{", "}", "~", "^2", "\\", "/", ":", "金山", "习近平", " ",
        "\u0000", "\u0007", "\uD800", "\uDC00", "😀", "，", "。", "“", "”", "ａｂｃ", "&lt;", "<script>", "风", "a", "123",
    ];

    [Property(MaxTest = 200)]
    public void Random_strings_never_throw(string? query)
    {
        var r = index.Service.Search(new SearchRequest { Query = query ?? "" });
        Assert.NotNull(r);
        Assert.True(r.Total >= 0);
    }

    [Property(MaxTest = 200)]
    public Property Random_query_syntax_never_throws() =>
        Prop.ForAll(Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)).ToArbitrary(), query =>
        {
            var r = index.Service.Search(new SearchRequest { Query = query, Size = 10 });
            return r.Total >= 0 && r.Hits.All(h => h.Passages.All(p => !p.Html.Contains("<script")));
        });

    [Fact]
    public void A_query_found_by_the_property_above_searches_instead_of_throwing()
    {
        // Found once the catch-alls were gone: a surrogate pair beside broken halves made Lucene.Net's lower-casing
        // throw (ArgumentOutOfRangeException) inside the bigram analysis of a unit. Built with escapes: the string
        // holds lone surrogates.
        var query = "\u0026\u006C\u0074\u003B\uDC00\u003F\u0022\u653F\u6CBB\u8C08\u8BDD\u0022\u0079\u0065\u0061\u0072\u003A\u5E74\u4EFD\u003A\u002E\u002E\u0032\u0030\u0031\u0035\u002A\u201C\u004E\u004F\u0054\u4E60\u8FD1\u5E73\u003A\u007B\u5E74\u4EFD\u003A\u002E\u002E\u0032\u0030\u0031\u0035\uD800\u0079\u0065\u0061\u0072\u003A\uD800\uDC00\uD800\u003F\u56DB\u98CE\u0007";
        var r = index.Service.Search(new SearchRequest { Query = query, Size = 10 });
        Assert.True(r.Total >= 0);
    }

    [Fact]
    public void Parser_output_for_documented_syntax()
    {
        var p = new QueryTextParser().Parse("政治生态 \"政治谈话\" -巡视 金山 OR 银山 title:讲话 类型:讲话,报告 year:2019..2022 年份:2015");
        Assert.Equal(["政治生态", "政治谈话", "金山|银山", "讲话"], p.Required.Select(g => string.Join("|", g.Select(t => t.Text))));
        Assert.True(p.Required[1][0].Quoted);
        Assert.Equal(TermScope.Title, p.Required[3][0].Scope);
        Assert.Equal("巡视", Assert.Single(p.Excluded).Text);
        Assert.Equal(["讲话", "报告"], p.Filters[0].Values);
        Assert.Equal([new YearRange(2019, 2022)], p.Filters[1].YearRanges);
        Assert.Equal([new YearRange(2015, 2015)], p.Filters[2].YearRanges);
        Assert.Empty(p.Notices);
    }

    [Theory]
    [InlineData("2019..2022", 2019, 2022)]
    [InlineData("2022-2019", 2019, 2022)]
    [InlineData("2019年至2022年", 2019, 2022)]
    [InlineData("..2015", 0, 2015)]
    [InlineData("2015..", 2015, 9999)]
    public void Year_ranges(string text, int from, int to)
    {
        Assert.True(QueryTextParser.TryParseYearRange(text, out var r));
        Assert.Equal(new YearRange(from, to), r);
    }

    [Fact]
    public void Segmenter_keeps_lexicon_terms_and_short_words_whole()
    {
        var schema = SearchPortal.LuceneEngine.Indexing.IndexSchema.Load(TestPaths.Data);
        var seg = new QuerySegmenter(schema, SearchRules.Load(TestPaths.Data).Lexicon);
        Assert.Equal(["政治生态"], seg.Plan(new QueryTerm("政治生态")).Units.Select(u => u.Text));
        Assert.Equal(["全面从严治党"], seg.Plan(new QueryTerm("全面从严治党")).Units.Select(u => u.Text));
        Assert.Equal(["严格落实", "一岗双责"], seg.Plan(new QueryTerm("严格落实一岗双责")).Units.Select(u => u.Text));
        var names = seg.Plan(new QueryTerm("习近平总书记指出")).Units.Where(u => u.Required).Select(u => u.Text).ToList();
        Assert.Contains("习近平", names);
    }
}
