using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Tests.Search;

/// <summary>
/// Article citations on the real corpus: 纪律处分条例 citations go to the edition in force on the citing document's
/// date (2003, 2015 and 2018 editions by date, each at the cited article), and an article lists the documents citing it.
/// </summary>
[Trait(TestCategory.Name, TestCategory.SharedCorpus)]
[Collection(SharedCorpusCollection.Name)]
public sealed class SharedCorpusCitationTests(SharedCorpusFixture shared)
{
    private const string Editions = "regulations/ccdi-kb/党内法律法规/";
    private const string Edition2003 = Editions + "中国共产党纪律处分条例2003.md";
    private const string Edition2015 = Editions + "中国共产党纪律处分条例2015.md";
    private const string Edition2018 = Editions + "中国共产党纪律处分条例_2018.md";

    private SharedCorpusFixture Shared
    {
        get
        {
            Skip.IfNot(TestPaths.HasSharedCorpus, TestPaths.NoSharedCorpus);
            return shared;
        }
    }

    private ParagraphCitation Citation(string citing, string text) =>
        Shared.Engine!.Store.Get(citing, AccessScope.Everything)!.Paragraphs.SelectMany(p => p.Citations ?? []).First(c => c.Text == text);

    private DocumentParagraph Paragraph(string id, int ordinal) => Shared.Engine!.Store.Get(id, AccessScope.Everything)!.Paragraphs.Single(p => p.Ordinal == ordinal);

    [SkippableTheory]
    // 2019-08-06: the 2018 edition (in force from 2018-10-01); its short name 《条例》 defined in the same sentence.
    [InlineData("regulations/ccdi-kb/你问我答/党纪处分影响期内又受到党纪处分_怎样计算影响期.md", "《中国共产党纪律处分条例》（简称《条例》）第八条", Edition2018, 8, "第八条")]
    [InlineData("regulations/ccdi-kb/你问我答/党纪处分影响期内又受到党纪处分_怎样计算影响期.md", "《条例》第十条", Edition2018, 10, "第十条")]
    // 2016-07-01: the 2015 edition (in force from 2016-01-01).
    [InlineData("regulations/ccdi-kb/业务探讨/不作为能否构成共同违纪.md", "《中国共产党纪律处分条例》第八十条", Edition2015, 80, "第八十条")]
    // 2010-02-23: the 2003 edition, through the short name 《党纪处分条例》.
    [InlineData("regulations/ccdi-kb/你问我答/如何认定处理_违规兴建楼堂馆所行为.md", "《党纪处分条例》第七十八条", Edition2003, 78, "第七十八条")]
    public void A_discipline_regulation_citation_links_to_the_edition_in_force_at_its_article(string citing, string text, string edition, int article, string label)
    {
        var c = Citation(citing, text);
        Assert.Equal(edition, c.TargetId);
        Assert.Equal(article, c.Article);
        Assert.StartsWith(label, Paragraph(edition, c.TargetParagraph).Text.Trim().TrimStart('\u3000'));
        Assert.StartsWith(label, c.ArticleText);
    }

    [SkippableFact]
    public void An_article_lists_the_documents_citing_it()
    {
        var c = Citation("regulations/ccdi-kb/你问我答/党纪处分影响期内又受到党纪处分_怎样计算影响期.md", "《条例》第十条");
        var citedBy = Paragraph(Edition2018, c.TargetParagraph).CitedBy;
        Assert.NotNull(citedBy);
        Assert.Contains(citedBy, d => d.Id == "regulations/ccdi-kb/你问我答/党纪处分影响期内又受到党纪处分_怎样计算影响期.md");
        Assert.All(citedBy, d => Assert.NotEqual(Edition2018, d.Id)); // its own 本条例 references are not "citing documents"
    }

    [SkippableFact]
    public void A_regulation_cites_its_own_articles()
    {
        var regulation = Shared.Engine!.Store.Get(Edition2018, AccessScope.Everything)!;
        var own = regulation.Paragraphs.SelectMany(p => p.Citations ?? []).Where(c => c.Text.StartsWith("本条例")).ToList();
        Assert.NotEmpty(own);
        Assert.All(own, c => Assert.Equal(Edition2018, c.TargetId));
    }
}
