using Xunit.Abstractions;

namespace SearchPortal.Core.Tests.Search;

/// <summary>
/// Article-level hits on the real corpus: a query naming 纪律处分条例 and an article, however written, puts the 2023
/// edition first with that article (under its chapter) as the passage, which the results page links as #p-N; and an
/// ordinary hit in a regulation names the article (and chapter) its passage stands in.
/// </summary>
[Trait(TestCategory.Name, TestCategory.SharedCorpus)]
[Collection(SharedCorpusCollection.Name)]
public sealed class SharedCorpusArticleTests(SharedCorpusFixture shared, ITestOutputHelper output)
{
    private const string Current = "regulations/ccdi-kb/党内法律法规/中国共产党纪律处分条例_2023.md";

    private SharedCorpusFixture Shared
    {
        get
        {
            Skip.IfNot(TestPaths.HasSharedCorpus, TestPaths.NoSharedCorpus);
            return shared;
        }
    }

    [SkippableTheory]
    [InlineData("纪律处分条例 第二十八条")]
    [InlineData("纪律处分条例第28条")]
    [InlineData("中国共产党纪律处分条例 第二十八条")]
    public void A_regulation_and_an_article_give_the_current_edition_opened_at_that_article(string query)
    {
        var r = Shared.Service!.Search(new SearchRequest { Query = query });
        foreach (var h in r.Hits.Take(5))
            output.WriteLine($"{h.Score:F2}\t{h.Status}\t{h.Id}\t{string.Join(" | ", h.Passages.Select(p => $"{p.Ordinal} {p.HeadingPath}"))}");
        var top = r.Hits[0];
        Assert.Equal(Current, top.Id);
        var passage = Assert.Single(top.Passages);
        Assert.EndsWith("第二十八条", passage.HeadingPath);
        Assert.Contains("第四章 对违法犯罪党员的纪律处分", passage.HeadingPath); // the chapter it stands in
        Assert.StartsWith("第二十八条", passage.Html);
        // The document page numbers its paragraphs by the same ordinal: the link #p-N opens at this article.
        var paragraph = Shared.Engine!.Store.Get(Current, AccessScope.Everything)!.Paragraphs.Single(p => p.Ordinal == passage.Ordinal);
        Assert.StartsWith("第二十八条", paragraph.Text.TrimStart('\u3000', ' '));
    }

    [SkippableFact]
    public void A_hit_in_a_regulation_names_the_article_its_passage_stands_in()
    {
        var r = Shared.Service!.Search(new SearchRequest { Query = "适用纪律和适用法律有机融合", Size = 20 });
        var regulation = r.Hits.First(h => h.Id == Current);
        output.WriteLine(string.Join(" | ", regulation.Passages.Select(p => $"{p.Ordinal} {p.HeadingPath}")));
        Assert.Equal("第一编 总则 › 第四章 对违法犯罪党员的纪律处分 › 第二十八条", regulation.Passages[0].HeadingPath);
    }
}
