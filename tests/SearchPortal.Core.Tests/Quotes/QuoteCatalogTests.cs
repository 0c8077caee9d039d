using SearchPortal.Core.Quotes;

namespace SearchPortal.Core.Tests.Quotes;

public class QuoteCatalogTests
{
    private static readonly QuoteTestCorpus Corpus = new();

    [Fact]
    public void The_same_quotation_in_two_documents_is_one_entry_with_both_sources_earliest_first()
    {
        var seed = Corpus.Parse(TestPaths.Corpus, TestPaths.Seed);
        // The seed speech reposted (a common case for scraped speeches): same text, another id, an earlier year,
        // and full-width commas where the seed has half-width ones.
        var repost = seed.Paragraphs.Select(p => p with { Text = p.Text.Replace(',', '，') }).ToList();
        var quotes = Corpus.Extractor.Extract(seed.Id, seed.Title, 2023, seed.Paragraphs)
            .Concat(Corpus.Extractor.Extract("speeches/repost.txt", "转载：" + seed.Title, 2021, repost))
            .ToList();

        var catalog = QuoteCatalog.Build(quotes);

        var entry = Assert.Single(catalog, e => e.Key == QuoteKey.Normalize("上级对下级尤其是上级一把手对下级一把手的监督最管用、最有效。"));
        Assert.Equal(2, entry.Count);
        Assert.Equal(["speeches/repost.txt", seed.Id], entry.Sources.Select(s => s.Id));
        Assert.Equal([2021, 2023], entry.Sources.Select(s => s.Year ?? 0));
        Assert.Equal("习近平", entry.Who);
        Assert.Equal(QuoteKind.Leader, entry.Kind);
        Assert.Equal(quotes.Count / 2, catalog.Count);
        Assert.All(catalog, e => Assert.Equal(2, e.Count));
    }

    [Fact]
    public void Most_specific_attribution_and_most_common_wording_win()
    {
        var src = (string id, int year) => new QuoteSource(id, id, 1, year);
        var key = QuoteKey.Normalize("治其本，朝令而夕从；救其末，百世不改也。");
        var quotes = new[]
        {
            new Quote("治其本,朝令而夕从;救其末,百世不改也。", key, "", QuoteKind.Other, src("a", 2020)),
            new Quote("治其本，朝令而夕从；救其末，百世不改也。", key, "", QuoteKind.Classical, src("b", 2019)),
            new Quote("治其本,朝令而夕从;救其末,百世不改也。", key, "古人", QuoteKind.Classical, src("c", 2022)),
            new Quote("治其本,朝令而夕从;救其末,百世不改也。", key, "", QuoteKind.Other, src("c", 2022) with { Ordinal = 9 }),
        };
        var entry = Assert.Single(QuoteCatalog.Build(quotes));
        Assert.Equal(3, entry.Count);
        Assert.Equal("治其本,朝令而夕从;救其末,百世不改也。", entry.Text);
        Assert.Equal(("古人", QuoteKind.Classical), (entry.Who, entry.Kind));
        Assert.Equal(["b", "a", "c"], entry.Sources.Select(s => s.Id));
        Assert.Equal(1, entry.Sources[2].Ordinal);
    }

    [SkippableFact]
    [Trait(TestCategory.Name, TestCategory.SharedCorpus)]
    public void A_quotation_used_in_two_shared_corpus_documents_is_one_entry()
    {
        Skip.IfNot(TestPaths.HasSharedCorpus, TestPaths.NoSharedCorpus);
        string[] files = ["articles/xinwenlianbo/20260327.md", "articles/xinwenlianbo/20260106.md"];
        var quotes = files.SelectMany(f => Corpus.Extract(TestPaths.SharedCorpus, Path.Combine(TestPaths.SharedCorpus, f))).ToList();

        var entry = Assert.Single(QuoteCatalog.Build(quotes), e => e.Key == QuoteKey.Normalize("共抓大保护，不搞大开发"));

        Assert.Equal(2, entry.Count);
        Assert.Equal(files.Order(StringComparer.Ordinal), entry.Sources.Select(s => s.Id).Order(StringComparer.Ordinal));
        var years = entry.Sources.Select(s => s.Year ?? int.MaxValue).ToList();
        Assert.True(years[0] <= years[1], "earliest source first");
    }
}
