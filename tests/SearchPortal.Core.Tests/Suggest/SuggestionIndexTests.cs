using SearchPortal.LuceneEngine.Search;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.Core.Tests.Suggest;

/// <summary>The prefix structure on its own: normalisation, issuer-prefix titles, display order, the limit.</summary>
public sealed class SuggestionIndexTests
{
    private static readonly string[] Prefixes = ["中国共产党", "中共中央", "中华人民共和国", "中共"];

    private static SuggestionIndex Build(
        IEnumerable<SuggestionIndex.TitleSource>? titles = null, IEnumerable<string>? terms = null,
        IEnumerable<SuggestionIndex.QuoteSource>? quotes = null, SearchLimits? limits = null) =>
        new(titles ?? [], terms ?? [], quotes ?? [], Prefixes, limits ?? SearchLimits.Default);

    private static SuggestionIndex.TitleSource T(string id, string title, int date = 20200101) => new(id, title, date);

    [Fact]
    public void Typed_text_is_width_folded_and_lower_cased_like_the_keys()
    {
        var index = Build([T("a.txt", "ＡＢＣ党建工作规范"), T("b.txt", "“四风”问题答问")]);
        Assert.Equal("a.txt", Assert.Single(index.Lookup("abc", 8, AccessScope.Everything)).Id);
        Assert.Equal("a.txt", Assert.Single(index.Lookup("ＡＢ", 8, AccessScope.Everything)).Id);
        Assert.Equal("b.txt", Assert.Single(index.Lookup("四风问", 8, AccessScope.Everything)).Id); // quotation marks are not part of the key
        Assert.Equal("b.txt", Assert.Single(index.Lookup("“四", 8, AccessScope.Everything)).Id);
    }

    [Fact]
    public void A_title_is_found_by_its_meaningful_part_after_an_issuing_body()
    {
        var index = Build([T("r.txt", "中国共产党纪律处分条例", 20231219), T("p.txt", "中华人民共和国公职人员政务处分法"), T("x.txt", "关于纪律处分的问答")]);
        var hits = index.Lookup("纪律处分", 8, AccessScope.Everything);
        Assert.Equal("中国共产党纪律处分条例", Assert.Single(hits).Text); // 关于纪律处分… does not start with it
        Assert.Equal("r.txt", hits[0].Id);
        Assert.Equal("p.txt", Assert.Single(index.Lookup("公职人员", 8, AccessScope.Everything)).Id);
        Assert.Equal("r.txt", Assert.Single(index.Lookup("中国共产党纪", 8, AccessScope.Everything)).Id); // and by the whole title
        Assert.Empty(index.Lookup("条例", 8, AccessScope.Everything)); // a prefix, not any substring
    }

    [Fact]
    public void Titles_come_short_then_new_then_terms_then_quotations_by_usage()
    {
        var index = Build(
            [T("long.txt", "纪律处分条例释义与案例汇编", 20240101), T("old.txt", "纪律处分条例", 20151021), T("new.txt", "纪律处分条例", 20231219), T("mid.txt", "纪律处分规定", 20200101)],
            ["纪律处分", "纪律审查"],
            [new("纪律是管党治党的尺子", "纪律是管党治党的“尺子”", 3), new("纪律严明是党的光荣传统", "纪律严明是党的光荣传统", 9)]);
        var hits = index.Lookup("纪律", 20, AccessScope.Everything);
        Assert.Equal(["title", "title", "title", "term", "term", "quote", "quote"], hits.Select(h => h.Kind));
        Assert.Equal("new.txt", hits[0].Id); // the same title twice: one suggestion, the newest document
        Assert.Equal("纪律处分规定", hits[1].Text);
        Assert.Equal("long.txt", hits[2].Id);
        Assert.Equal(["纪律处分", "纪律审查"], hits.Where(h => h.Kind == "term").Select(h => h.Text));
        Assert.All(hits.Where(h => h.Kind == "term"), h => Assert.Null(h.Id));
        Assert.Equal(["纪律严明是党的光荣传统", "纪律是管党治党的“尺子”"], hits.Where(h => h.Kind == "quote").Select(h => h.Text));
        Assert.Equal("纪律严明是党的光荣传统", hits[5].Id); // a quotation's id is its key
    }

    [Fact]
    public void Editions_of_one_regulation_are_one_suggestion_for_the_newest()
    {
        var index = Build([T("1997.md", "中国共产党纪律处分条例1997", 0), T("2023.md", "中国共产党纪律处分条例 2023", 0),
            T("2018.md", "中国共产党纪律处分条例（2018年修订）", 0), T("w.md", "政府工作报告2023")]);
        var hit = Assert.Single(index.Lookup("纪律处分", 8, AccessScope.Everything));
        Assert.Equal(("中国共产党纪律处分条例", "2023.md"), (hit.Text, hit.Id));
        Assert.Equal("政府工作报告2023", Assert.Single(index.Lookup("政府", 8, AccessScope.Everything)).Text); // a lone title keeps its year
    }

    [Fact]
    public void At_most_the_limit_and_long_quotations_are_cut()
    {
        var titles = Enumerable.Range(0, 30).Select(i => T($"{i}.txt", $"中国共产党第{i}号文件"));
        var index = Build(titles, quotes: [new(SearchPortal.Core.Documents.TitleNormalizer.Fold(new string('党', 60)), new string('党', 60), 1)],
            limits: SearchLimits.Default with { MaxSuggestionLength = 10 });
        Assert.Equal(8, index.Lookup("中", 8, AccessScope.Everything).Count);
        Assert.Equal(3, index.Lookup("第", 3, AccessScope.Everything).Count); // 第 after the issuer prefix
        Assert.Equal(new string('党', 10) + "…", Assert.Single(index.Lookup("党党", 8, AccessScope.Everything)).Text);
        Assert.Empty(index.Lookup("", 8, AccessScope.Everything));
        Assert.Empty(index.Lookup("，。！", 8, AccessScope.Everything)); // nothing left after normalisation
        Assert.Empty(index.Lookup("中", 0, AccessScope.Everything));
    }
}
