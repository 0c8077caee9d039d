using SearchPortal.Core.Documents;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.Core.Quotes;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Quotes;

/// <summary>
/// End to end over a real index: a corpus folder with the seed speech and a repost of it (same bytes, other path)
/// indexed by CorpusIndexer with quotation entries, then searched through QuoteSearchService.
/// </summary>
public sealed class QuoteSearchServiceTests : IDisposable
{
    private const string SeedId = "speeches/000_5847f394c549e8c0.txt";
    private const string RepostId = "speeches/repost/seed-copy.txt";
    private const string TalkText = "对干部经常开展同志式的谈心谈话，既指出缺点不足，又给予鞭策鼓励，这是个好传统，要注意保持和发扬。";

    private readonly string _corpus = TestPaths.NewTempDir("sp-quote-corpus");
    private readonly string _index = TestPaths.NewTempDir("sp-quote-index");
    private readonly IndexSchema _schema = IndexSchema.Load(TestPaths.Data);
    private readonly IndexSearcherProvider _provider;
    private readonly SearchEngine _engine;
    private readonly QuoteSearchService _quotes;
    private readonly IndexRunSummary _firstRun;

    public QuoteSearchServiceTests()
    {
        foreach (var id in new[] { SeedId, RepostId })
        {
            var path = Path.Combine(_corpus, id);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(TestPaths.Seed, path);
        }
        _firstRun = Indexer().Run(_corpus, _index, full: true);
        _provider = new IndexSearcherProvider(_index, _schema);
        _engine = new SearchEngine(_provider, SearchRules.Load(TestPaths.Data), QuoteRules.Load(TestPaths.Data));
        _quotes = _engine.Quotes;
    }

    private CorpusIndexer Indexer() =>
        new(_schema, DocumentParser.CreateDefault(TestPaths.Data)) { Threads = 1, Quotes = QuoteIndexUpdater.Load(TestPaths.Data) };

    [Fact]
    public void A_quotation_is_suggested_by_its_beginning_with_its_key_and_usage()
    {
        var hit = Assert.Single(_engine.Suggest.Suggest("对干部经常", AccessScope.Everything), h => h.Kind == SuggestionKinds.Quote);
        Assert.Equal(QuoteKey.Normalize(TalkText), hit.Id); // the key opens /quotes/{key}
        Assert.StartsWith("对干部经常开展同志式的谈心谈话", hit.Text);
        Assert.NotNull(_quotes.Get(hit.Id!, AccessScope.Everything));
    }

    [Fact]
    public void Words_find_the_quotation_with_attribution_usage_sources_and_citation()
    {
        Assert.Equal(2, _firstRun.Added);
        var response = _quotes.Search(new QuoteSearchRequest { Query = "谈心谈话" });

        var hit = Assert.Single(response.Hits);
        Assert.Equal(1, response.Total);
        Assert.Equal(QuoteKey.Normalize(TalkText), QuoteKey.Normalize(hit.Text));
        Assert.Equal("习近平总书记", hit.Who);
        Assert.Equal("leader", hit.Kind);
        Assert.Equal(2, hit.Count);
        Assert.Equal([SeedId, RepostId], hit.Sources.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.All(hit.Sources, s => Assert.True(s.Ordinal > 0));
        var title = hit.Sources[0].Title;
        Assert.Contains("副县长", title);
        Assert.Equal($"习近平总书记指出：“{hit.Text}”（《{title}》）", hit.Citation);
        Assert.Contains("谈心谈话", response.HighlightTerms);
    }

    [Fact]
    public void Filters_by_kind_and_by_who_with_aliases()
    {
        var classical = _quotes.Search(new QuoteSearchRequest { Kind = "classical" });
        var saying = Assert.Single(classical.Hits);
        Assert.Equal(QuoteKey.Normalize("治其本,朝令而夕从;救其末,百世不改也。"), saying.Key);
        Assert.StartsWith("古人云：“治其本", saying.Citation);

        var xi = _quotes.Search(new QuoteSearchRequest { Who = "习近平" });
        Assert.Equal(2, xi.Total);
        Assert.All(xi.Hits, h => Assert.Equal("习近平总书记", h.Who));
        Assert.Contains(xi.Facets["who"], f => f.Value == "习近平总书记" && f.Count == 2 && f.Selected);

        var none = _quotes.Search(new QuoteSearchRequest { Query = "谈心谈话", Kind = "classical" });
        Assert.Equal(0, none.Total);
    }

    [Fact]
    public void Empty_query_lists_everything_by_usage_and_bad_input_gets_a_notice_not_an_error()
    {
        var all = _quotes.Search(new QuoteSearchRequest { Sort = QuoteSort.Count, Size = 50 });
        Assert.Equal(3, all.Total);
        Assert.All(all.Hits, h => Assert.Equal(2, h.Count));
        Assert.Equal(3, all.Facets["kind"].Sum(f => f.Count));

        var odd = _quotes.Search(new QuoteSearchRequest { Query = "\"((谈心 -", Kind = "poem", Page = -3, Size = 100000 });
        Assert.NotNull(odd.Notice);
        Assert.Contains("poem", odd.Notice);
        Assert.Equal(1, odd.Page);
        Assert.Equal(SearchLimits.Default.MaxPageSize, odd.Size);
    }

    [Fact]
    public void Entries_link_back_to_documents_and_follow_the_corpus()
    {
        var inSeed = _quotes.ForDocument(SeedId, AccessScope.Everything);
        Assert.Equal(3, inSeed.Count);
        // Exact wording per paragraph, for marking the document page: each occurrence is in its paragraph's text.
        var occurrences = _quotes.InDocument(SeedId, AccessScope.Everything);
        Assert.Equal(3, occurrences.Count);
        var seed = DocumentParser.CreateDefault(TestPaths.Data).Parse(new Core.Corpus.CorpusFile(SeedId, TestPaths.Seed, 0, DateTime.UtcNow));
        Assert.All(occurrences, o => Assert.Contains(o.Text, seed.Paragraphs.Single(p => p.Ordinal == o.Ordinal).Text));
        Assert.All(occurrences, o => Assert.Equal(2, o.Count));
        Assert.Equal(occurrences.Select(o => o.Ordinal).Order(), occurrences.Select(o => o.Ordinal));
        var byKey = _quotes.Get(TalkText, AccessScope.Everything);
        Assert.NotNull(byKey);
        Assert.Equal("习近平总书记", byKey!.Who);

        // Document search still sees documents only (quotation entries are a separate kind).
        var docs = _engine.Documents.Search(new SearchRequest { Query = "谈心谈话" });
        Assert.Equal(2, docs.Total);

        // Remove the repost: an incremental run recomputes the usage counts.
        File.Delete(Path.Combine(_corpus, RepostId));
        var second = Indexer().Run(_corpus, _index, full: false);
        Assert.Equal(1, second.Deleted);
        _provider.MaybeRefresh();
        var hit = Assert.Single(_quotes.Search(new QuoteSearchRequest { Query = "谈心谈话" }).Hits);
        Assert.Equal(1, hit.Count);
        Assert.Equal(SeedId, Assert.Single(hit.Sources).Id);
    }

    [Fact]
    public void No_index_yet_is_a_friendly_notice()
    {
        using var empty = new IndexSearcherProvider(TestPaths.NewTempDir("sp-quote-none"), _schema);
        var service = new SearchEngine(empty, SearchRules.Empty, QuoteRules.Load(TestPaths.Data)).Quotes;
        var response = service.Search(new QuoteSearchRequest { Query = "谈心" });
        Assert.Equal(0, response.Total);
        Assert.Contains("索引", response.Notice);
    }

    public void Dispose()
    {
        _provider.Dispose();
        foreach (var dir in new[] { _corpus, _index })
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}
