using SearchPortal.Core.Citations;
using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Tests.Citations;

/// <summary>The citation forms, on sentences from ../shared/corpus (copied), and what must stay plain text.</summary>
public class CitationFinderTests
{
    private static readonly CitationFinder Finder = new(RegulationAliases.Load(TestPaths.Data));

    private static IReadOnlyList<CitationMention> Find(bool regulation, params string[] paragraphs) =>
        Finder.Find(paragraphs.Select((t, i) => new Paragraph(i + 1, t, "")).ToList(), regulation);

    [Theory]
    [InlineData("对李某的党纪责任，应依据《中国共产党纪律处分条例》第二十五条合并处理。", "《中国共产党纪律处分条例》第二十五条", "中国共产党纪律处分条例", 25)]
    [InlineData("依据《党纪处分条例》第二十八条规定，给予其开除党籍处分。", "《党纪处分条例》第二十八条", "中国共产党纪律处分条例", 28)]
    [InlineData("其行为已触犯《刑法》第三百八十五条之规定，涉嫌受贿罪。", "《刑法》第三百八十五条", "中华人民共和国刑法", 385)]
    [InlineData("根据《中华人民共和国刑法》第三百八十九条第三款的规定", "《中华人民共和国刑法》第三百八十九条第三款", "中华人民共和国刑法", 389)]
    [InlineData("依照刑法第三百八十三条的规定处罚。", "刑法第三百八十三条", "中华人民共和国刑法", 383)]
    [InlineData("参照刑法第七十八条的规定予以减刑，同时应当依法缩减其缓刑考验期。", "刑法第七十八条", "中华人民共和国刑法", 78)]
    [InlineData("应依据《党纪处分条例》第一百一十八条第一款第（三）项的规定", "《党纪处分条例》第一百一十八条第一款第（三）项", "中国共产党纪律处分条例", 118)]
    [InlineData("根据《中国共产党纪律处分条例》（简称《纪律处分条例》）第八十九条规定", "《中国共产党纪律处分条例》（简称《纪律处分条例》）第八十九条", "中国共产党纪律处分条例", 89)]
    public void A_citation_names_its_regulation_and_article(string text, string written, string regulation, int article)
    {
        var m = Assert.Single(Find(false, text));
        Assert.Equal(written, m.Text);
        Assert.Equal(written, text.Substring(m.Start, m.Text.Length));
        Assert.Equal(regulation, m.Regulation);
        Assert.Equal(article, m.Article);
    }

    [Fact]
    public void A_short_name_defined_earlier_in_the_document_is_its_full_title()
    {
        var found = Find(false,
            "笔者根据新修订的《中国共产党纪律处分条例》（以下简称《条例》），结合实践中发现的情况，梳理党员干部廉洁风险。",
            "关于干部选拔任用、纪律审查等尚未公开事项的，依据《条例》第一百四十四条处理。");
        var m = Assert.Single(found);
        Assert.Equal("中国共产党纪律处分条例", m.Regulation);
        Assert.Equal(144, m.Article);
        Assert.Equal("《条例》第一百四十四条", m.Text);
    }

    [Fact]
    public void Lists_and_ranges_cite_each_article()
    {
        var found = Find(false, "依据《党纪处分条例》第四十九条至第五十一条等规定处理，或者第五条、第六条。");
        Assert.Equal([49, 51], found.Select(m => m.Article));
        Assert.Equal("第五十一条", found[1].Text);
        var list = Assert.Single(Find(false, "违反《中华人民共和国监察法》第五条、第六条的规定").Where(m => m.Article == 6));
        Assert.Equal("中华人民共和国监察法", list.Regulation);
    }

    [Fact]
    public void Inside_a_regulation_this_regulation_is_itself()
    {
        var m = Assert.Single(Find(true, "有本条例第三十条规定情形的，依照规定处理。"));
        Assert.True(m.IsSelf);
        Assert.Equal("本条例第三十条", m.Text);
        Assert.Empty(Find(false, "有本条例第三十条规定情形的，依照规定处理。")); // a commentary's 本条例 is not itself
    }

    [Fact]
    public void Edition_words_and_years_are_kept_for_the_edition_choice()
    {
        Assert.Equal(2015, Assert.Single(Find(false, "2015年版《中国共产党纪律处分条例》第七十条规定")).Year);
        Assert.Equal(2018, Assert.Single(Find(false, "《中国共产党纪律处分条例》（2018年修订）第二十七条")).Year);
        Assert.Equal(CitationTense.Previous, Assert.Single(Find(false, "原《中国共产党纪律处分条例》第七十条")).Tense);
        Assert.Equal(CitationTense.Newest, Assert.Single(Find(false, "新修订的《中国共产党纪律处分条例》第七十条")).Tense);
    }

    [Theory]
    [InlineData("第二十八条 党组织在纪律审查中发现党员有贪污贿赂行为的，应当给予撤销党内职务处分。")] // an article's own number
    [InlineData("依照行政监察法第二十条的规定")] // 监察法 inside a longer name
    [InlineData("《刑法修正案（九）》第四十四条对贪污罪作出修改")] // an amendment: no such regulation lineage, but found as written
    [InlineData("依据《条例》第四十九条处理。")] // 《条例》 never defined: found, resolves to nothing
    [InlineData("刑法第三百八十三条之一")] // 之一 is another article
    [InlineData("这是第一条经验。")]
    public void What_is_no_citation_of_a_known_regulation_stays_plain(string text)
    {
        foreach (var m in Find(false, text))
            Assert.True(TitleNormalizer.Key(m.Regulation) is not ("中国共产党纪律处分条例" or "刑法" or "监察法"), m.Text);
    }
}
