namespace SearchPortal.Core.Tests.Search;

/// <summary>
/// 同句 / 同段 on the real 中国共产党纪律处分条例 (2023): words of one sentence, of two 款 of one article, and of two
/// neighbouring articles.
/// </summary>
[Trait(TestCategory.Name, TestCategory.SharedCorpus)]
[Collection(SharedCorpusCollection.Name)]
public sealed class SharedCorpusWithinTests(SharedCorpusFixture shared)
{
    private const string Regulation = "regulations/ccdi-kb/党内法律法规/中国共产党纪律处分条例_2023.md";

    private SearchResponse Search(string query, WithinScope within = WithinScope.Document)
    {
        Skip.IfNot(TestPaths.HasSharedCorpus, TestPaths.NoSharedCorpus);
        return shared.Service!.Search(new SearchRequest { Query = query + " title:纪律处分条例", Within = within, Size = 50 });
    }

    private static SearchHit? Hit(SearchResponse r) => r.Hits.FirstOrDefault(h => h.Id == Regulation);

    [SkippableFact]
    public void Words_of_one_sentence_of_article_29_match_in_one_sentence_and_the_passage_is_that_sentence()
    {
        var hit = Hit(Search("权力寻租 留党察看", WithinScope.Sentence));
        Assert.NotNull(hit);
        var passage = hit!.Passages[0];
        Assert.StartsWith("第二十九条", passage.Html.Replace("<mark>", ""));
        Assert.Contains("<mark>权力寻租</mark>", passage.Html);
        Assert.Contains("<mark>留党察看</mark>", passage.Html);
    }

    [SkippableFact]
    public void The_two_kuan_of_article_30_are_one_paragraph_but_not_one_sentence()
    {
        // 治安管理 is in the first 款 of 第三十条, 政府采购 in the second.
        Assert.NotNull(Hit(Search("治安管理 政府采购")));
        Assert.NotNull(Hit(Search("治安管理 政府采购", WithinScope.Paragraph)));
        Assert.Null(Hit(Search("同句:(治安管理 政府采购)")));
    }

    [SkippableFact]
    public void Words_of_two_articles_match_the_document_but_not_one_paragraph()
    {
        // 适用纪律 is in 第二十八条, 权力寻租 in 第二十九条.
        Assert.NotNull(Hit(Search("适用纪律 权力寻租")));
        var r = Search("同段:(适用纪律 权力寻租)");
        Assert.Null(Hit(r));
        Assert.Contains("同一段", r.Notice);
    }
}
