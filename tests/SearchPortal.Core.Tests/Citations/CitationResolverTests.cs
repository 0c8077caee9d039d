using SearchPortal.Core.Citations;

namespace SearchPortal.Core.Tests.Citations;

/// <summary>第二十八条 of 纪律处分条例 in its 2015 and 2023 editions (their texts, abridged): different articles.</summary>
public class CitationResolverTests
{
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["2015"] = "第二十八条 党组织在纪律审查中发现党员有刑法规定的行为，虽不构成犯罪但须追究党纪责任的，应当视具体情节给予警告直至开除党籍处分。",
        ["2023"] = "第二十八条 对违法犯罪的党员，应当按照规定给予党纪处分，做到适用纪律和适用法律有机融合，党纪政务等处分相匹配。",
    };

    private static readonly CitationResolver Resolver = new(
    [
        new CitableRegulation("2015", "中国共产党纪律处分条例2015", "中国共产党纪律处分条例", new CitableEdition("2015", 2015, null, new DateOnly(2016, 1, 1)), new Dictionary<int, int> { [28] = 64 }),
        new CitableRegulation("2023", "中国共产党纪律处分条例 2023", "中国共产党纪律处分条例", new CitableEdition("2023", 2023, null, new DateOnly(2024, 1, 1)), new Dictionary<int, int> { [28] = 72 }),
    ], (r, _) => Texts[r.Id]);

    private static CitationMention Mention(string context = "") => new(1, 0, "《条例》第二十八条", "中国共产党纪律处分条例", 28, Context: context);

    [Fact]
    public void A_dated_citation_goes_to_the_edition_in_force_with_the_articles_paragraph_and_text()
    {
        var r = Assert.Single(Resolver.Resolve("citing", new DateOnly(2017, 5, 1), false, [Mention()]));
        Assert.Equal(("2015", 64, 28), (r.TargetId, r.TargetParagraph, r.Article));
        Assert.StartsWith("第二十八条 党组织在纪律审查中", r.ArticleText);
    }

    [Fact]
    public void An_undated_citation_goes_where_the_articles_words_agree_and_nowhere_without_them()
    {
        var told = Assert.Single(Resolver.Resolve("citing", null, false, [Mention("其行为虽不构成犯罪但须追究党纪责任，依据")]));
        Assert.Equal("2015", told.TargetId);
        Assert.Empty(Resolver.Resolve("citing", null, false, [Mention("给予其党内严重警告处分。")]));
    }

    [Fact]
    public void An_article_no_edition_has_or_an_unknown_title_stays_text()
    {
        Assert.Empty(Resolver.Resolve("citing", new DateOnly(2017, 5, 1), false, [Mention() with { Article = 29 }]));
        Assert.Empty(Resolver.Resolve("citing", new DateOnly(2017, 5, 1), false, [Mention() with { Regulation = "条例" }]));
    }

    [Fact]
    public void An_undated_citation_of_an_article_that_reads_the_same_in_every_edition_goes_to_the_current_one()
    {
        const string text = "第三百八十五条 【受贿罪】国家工作人员利用职务上的便利，索取他人财物的，或者非法收受他人财物，为他人谋取利益的，是受贿罪。";
        var resolver = new CitationResolver(
        [
            new CitableRegulation("刑法_2020", "刑法", "刑法", new CitableEdition("刑法_2020", 2020, null, null), new Dictionary<int, int> { [385] = 1167 }),
            new CitableRegulation("刑法_2023", "中华人民共和国刑法", "刑法", new CitableEdition("刑法_2023", 2023, null, null), new Dictionary<int, int> { [385] = 1100 }),
        ], (_, _) => text);
        var r = Assert.Single(resolver.Resolve("citing", null, false, [new CitationMention(1, 0, "刑法第三百八十五条", "中华人民共和国刑法", 385)]));
        Assert.Equal("刑法_2023", r.TargetId);
    }
}
