using System.Text.RegularExpressions;
using SearchPortal.Core.Documents;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Search;

/// <summary>
/// Issue 17 over the whole ../shared/corpus: a compound written with a word in between is found after the verbatim
/// documents and said so, never across sentences; the document that explains a slogan comes first and shows the
/// explanation; a document about a term ranks above long ones mentioning it.
/// </summary>
[Trait(TestCategory.Name, TestCategory.SharedCorpus)]
[Collection(SharedCorpusCollection.Name)]
public sealed partial class SharedCorpusRelevanceTests(SharedCorpusFixture shared)
{
    private DocumentSearch Service
    {
        get
        {
            Skip.IfNot(TestPaths.HasSharedCorpus, TestPaths.NoSharedCorpus);
            return shared.Service!;
        }
    }

    [GeneratedRegex(@"原样包含“[^”]+”的文档有 (\d+) 篇")]
    private static partial Regex VerbatimCount();

    /// <summary>Every hit of a query, all pages, and the notice of the first.</summary>
    private (List<SearchHit> Hits, string? Notice) All(string query)
    {
        var hits = new List<SearchHit>();
        string? notice = null;
        for (var page = 1; ; page++)
        {
            var r = Service.Search(new SearchRequest { Query = query, Page = page, Size = 50, Expand = false });
            notice ??= r.Notice;
            hits.AddRange(r.Hits);
            if (r.Hits.Count < 50) return (hits, notice);
        }
    }

    private string Text(string id) => shared.Engine!.Store.Get(id, AccessScope.Everything)!.Original;

    [SkippableTheory]
    // 收受他人礼品 (no 收受礼品 anywhere in it); 插手干预工程建设 (a Beijing regulation, no 插手工程).
    [InlineData("收受礼品", "regulations/ccdi-kb/业务探讨/精准规范运用第一种形态有关问题探析.md")]
    [InlineData("插手工程", "regulations/lawrefbook/DLC/北京地方法规/地方性法规/北京/北京市建设工程质量条例.md")]
    public void A_compound_written_apart_is_found_after_every_verbatim_document_with_a_notice(string query, string apart)
    {
        var (hits, notice) = All(query);
        var verbatim = int.Parse(VerbatimCount().Match(notice ?? "").Groups[1].Value);
        Assert.InRange(verbatim, 1, hits.Count - 1);
        Assert.All(hits.Take(verbatim), h => Assert.Contains(query, Text(h.Id)));
        var index = hits.FindIndex(h => h.Id == apart);
        Assert.True(index >= verbatim, $"{apart} at {index}, verbatim {verbatim}");
        Assert.DoesNotContain(query, Text(apart));
    }

    [SkippableFact]
    public void The_words_of_a_compound_found_apart_are_always_in_one_sentence()
    {
        var (hits, _) = All("插手工程");
        Assert.True(hits.Count > 5);
        foreach (var hit in hits)
        {
            var text = Text(hit.Id);
            Assert.True(Sentences.Split(text).Any(s => s.Contains("插手") && s.Contains("工程")) || text.Contains("插手工程"), hit.Id);
        }
    }

    [SkippableTheory]
    // Item 4 and item 33 of 巡视巡察工作应知应会80条 define them; dozens of news bulletins and rules only list them.
    [InlineData("四个自信", "中国特色社会主义<mark>道路自信</mark>")]
    [InlineData("三重一大", "<mark>三重一大</mark>")]
    public void The_document_explaining_a_slogan_comes_first_and_shows_the_explanation(string slogan, string explanation)
    {
        var r = Service.Search(new SearchRequest { Query = slogan });
        Assert.Equal("regulations/ccdi-kb/巡视巡察/巡视巡察工作应知应会80条.md", r.Hits[0].Id);
        var passage = r.Hits[0].Passages[0].Html;
        Assert.Contains(explanation, passage);
        Assert.Matches(@"^\d+\.“", passage.Replace("*", "").Replace("<mark>", "")); // the numbered item itself
    }

    [SkippableFact]
    public void The_document_about_a_term_ranks_above_long_texts_that_mention_it()
    {
        // 2024-12-27's news leads with the Politburo's 民主生活会 (a heading of that day); 36 other texts mention one.
        var r = Service.Search(new SearchRequest { Query = "民主生活会" });
        Assert.Equal("articles/xinwenlianbo/20241227.md", r.Hits[0].Id);
    }
}
