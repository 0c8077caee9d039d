using System.Diagnostics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SearchPortal.Core.Configuration;
using SearchPortal.Core.Indexing;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace SearchPortal.Core.Search;

/// <summary>
/// The search service: parses the query language, runs it over document entries (a document appears once), counts
/// facets in the same pass (drill-sideways), and builds 1–3 highlighted passages per hit from its paragraph entries.
/// Thread-safe and stateless per request; per-index work (the docs-only filter, statistics) is cached per reader.
/// </summary>
public sealed class SearchService : ISearchService
{
    public static readonly int[] PageSizes = [10, 20, 50];
    public const int MaxPageSize = 50;
    /// <summary>Deepest result reachable by paging (page × size); deeper pages are clamped.</summary>
    public const int MaxResultWindow = 10_000;
    public const int PassagesPerHit = 3;

    private static readonly HashSet<string> HitFields =
    [
        IndexSchema.Id, IndexSchema.Title, IndexSchema.Type, IndexSchema.Year, IndexSchema.Level, IndexSchema.Role,
        IndexSchema.Speaker, IndexSchema.Occasion, IndexSchema.Topic, IndexSchema.Date, IndexSchema.ParagraphCount,
    ];
    private static readonly HashSet<string> ParagraphFields = [IndexSchema.Id, IndexSchema.Ordinal, IndexSchema.HeadingPath, IndexSchema.Text];

    private readonly IndexSearcherProvider _provider;
    private readonly IndexSchema _schema;
    private readonly SearchRules _rules;
    private readonly QueryTextParser _parser = new();
    private readonly LuceneQueryBuilder _builder;
    private readonly PassageHighlighter _highlighter = new();
    private readonly ILogger _logger;
    // Per-segment cached bitsets (keyed by segment core inside CachingWrapperFilter): built once per segment, not per request.
    private readonly Filter _documentsOnly;
    private readonly ConditionalWeakTable<IndexReader, IndexStatistics> _statistics = new();
    // Normalized titles, read once per reader (known-document boost).
    private readonly ConditionalWeakTable<IndexReader, TitleMatcher> _titles = new();

    /// <summary>Fewer strict (every word) hits than this, and a query of several words, tries the relaxed levels.</summary>
    public const int FewHits = 5;
    /// <summary>Constant added to documents with every word in a relaxed search: they stay above partial matches.</summary>
    public const float AllWordsBonus = 100f;

    // Hit metadata per reader: a document entry also stores its original text and paragraphs (tens of KB), and stored
    // fields are decompressed per document, so reading 10 hits cold costs milliseconds each. Entries are immutable
    // for a given reader; a refresh brings a new reader and so a new cache.
    private readonly ConditionalWeakTable<IndexReader, System.Collections.Concurrent.ConcurrentDictionary<int, (SearchHit Hit, int Paragraphs)>> _hitCache = new();

    // Parsing and building a query runs SmartCn over its words: cache the result per (text, expand). Queries do not
    // depend on the index (in-query filters are term queries), and Lucene queries are safe to share between searches.
    private readonly MemoryCache _compiledCache = new(new MemoryCacheOptions { SizeLimit = 4096 });

    /// <summary>
    /// Restricts a query to document entries. Query-first: the query's own iteration drives and the cached bitset is
    /// checked per match; handing the bitset down to every term (Lucene's random-access default) measured 1.5–2× slower
    /// on the shared corpus, where paragraph entries outnumber documents 70 to 1.
    /// </summary>
    private Query OnlyDocuments(Query query) => new FilteredQuery(query, _documentsOnly, FilteredQuery.QUERY_FIRST_FILTER_STRATEGY);


    public SearchService(IndexSearcherProvider provider, SearchRules rules, ILogger<SearchService>? logger = null)
    {
        _provider = provider;
        _schema = provider.Schema;
        _rules = rules;
        _builder = new LuceneQueryBuilder(_schema, rules);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _documentsOnly = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindDocument))));
    }

    /// <summary>Rules (lexicon, synonyms) from the options' data folder.</summary>
    public static SearchService Create(IndexSearcherProvider provider, SearchPortalOptions options, ILogger<SearchService>? logger = null) =>
        new(provider, SearchRules.Load(options.ResolvedDataPath), logger);

    public SearchRules Rules => _rules;

    // ---------------------------------------------------------------- search

    public SearchResponse Search(SearchRequest request)
    {
        var watch = Stopwatch.StartNew();
        var (page, size) = ClampPaging(request.Page, request.Size);
        SearchResponse response;
        try
        {
            response = _provider.Use(searcher => searcher == null
                ? new SearchResponse { Page = page, Size = size, Notice = "索引尚未建立，请先运行索引程序。" }
                : Run(searcher, request, page, size));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Last line of defence: an odd query must never become a 500.
            _logger.LogError(ex, "Search failed for query {Query}", request.Query);
            response = new SearchResponse { Page = page, Size = size, Notice = "搜索出错，请换个说法再试。" };
        }
        response.TookMs = watch.ElapsedMilliseconds;
        return response;
    }

    public IReadOnlyList<string> HighlightTerms(string query) => Compile(query, expand: true).Compiled.HighlightTerms;

    /// <summary>The parsed and built query, cached per (text, expand).</summary>
    private (ParsedQuery Parsed, CompiledQuery Compiled) Compile(string? query, bool expand) =>
        _compiledCache.GetOrCreate((query ?? "", expand), entry =>
        {
            entry.Size = 1;
            var p = ParseSafely(query);
            var c = CompileSafely(ref p, expand);
            return (p, c);
        });

    public static (int Page, int Size) ClampPaging(int page, int size)
    {
        size = size <= 0 ? PageSizes[0] : Math.Min(size, MaxPageSize);
        page = Math.Max(1, page);
        if ((long)page * size > MaxResultWindow) page = Math.Max(1, MaxResultWindow / size);
        return (page, size);
    }

    private SearchResponse Run(IndexSearcher searcher, SearchRequest request, int page, int size)
    {
        var (parsed, compiled) = Compile(request.Query, request.Expand);
        var filters = request.Filters ?? new Dictionary<string, IReadOnlyList<string>>();
        var selection = FacetSelection.Resolve(searcher.IndexReader, filters);
        var notices = new List<string>(parsed.Notices);
        if (filters.Any(f => f.Value != null && f.Value.Any(v => !string.IsNullOrWhiteSpace(v) && !selection.IsSelected(f.Key, v.Trim()))))
            notices.Add("部分筛选条件在索引中不存在，已忽略");

        if (compiled.Ignored.Count > 0) notices.Add($"已忽略疑问词：{string.Join("、", compiled.Ignored)}");
        var titleBoost = compiled.HasText
            ? _titles.GetValue(searcher.IndexReader, r => new TitleMatcher(r, _rules.TitlePrefixes)).Query(compiled.TitleText, compiled.PreferredYear)
            : null;
        Query WithTitles(Query q) => titleBoost == null ? q : new BooleanQuery { { q, Occur.MUST }, { titleBoost, Occur.SHOULD } };

        // Every pass (strict, relaxed, literal fallback) collects the page's hits and the facet counts together.
        var sort = DateSorts.For(request.Sort);
        (TopFieldCollector Top, FacetCollector Facets) NewCollectors()
        {
            var hits = TopFieldCollector.Create(sort, page * size, fillFields: false,
                trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
            return (hits, new FacetCollector(selection, hits));
        }
        var (top, collector) = NewCollectors();
        try
        {
            searcher.Search(OnlyDocuments(WithTitles(compiled.DocumentQuery)), collector);
            // Few or no documents have every word: rank those having all but one, then most of them (documents with
            // every word stay first). Only then: a strict search that finds enough costs nothing extra.
            if (collector.TotalHits < FewHits)
            {
                var strict = collector.TotalHits;
                string? relaxNotice = null;
                foreach (var minimum in RelaxLevels(compiled.Units.Count))
                {
                    if (compiled.Relaxed(minimum, AllWordsBonus) is not { } relaxed) continue;
                    var (relaxedTop, relaxedCollector) = NewCollectors();
                    searcher.Search(OnlyDocuments(WithTitles(relaxed)), relaxedCollector);
                    if (relaxedCollector.TotalHits <= strict) continue;
                    top = relaxedTop;
                    collector = relaxedCollector;
                    var level = minimum == compiled.Units.Count - 1 ? "只差一个词" : "大部分词语";
                    relaxNotice = strict == 0
                        ? $"没有同时包含全部词语的文档，以下是包含{level}的结果"
                        : $"同时包含全部词语的文档只有 {strict} 篇（排在最前），其后是包含{level}的结果";
                    if (collector.TotalHits >= FewHits) break;
                }
                if (relaxNotice != null) notices.Add(relaxNotice);
            }
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            parsed = _parser.ParseLiteral(request.Query, "查询过于复杂，已按字面搜索");
            compiled = _builder.Build(parsed, expand: false);
            notices = [.. parsed.Notices];
            (top, collector) = NewCollectors();
            searcher.Search(OnlyDocuments(compiled.DocumentQuery), collector);
        }

        var topDocs = top.GetTopDocs((page - 1) * size, size);
        var hits = ReadHitsWithPassages(searcher, topDocs.ScoreDocs, compiled);

        return new SearchResponse
        {
            Total = collector.TotalHits,
            Page = page,
            Size = size,
            Notice = notices.Count == 0 ? null : string.Join("；", notices.Distinct()),
            Expanded = compiled.Expanded,
            Hint = collector.TotalHits == 0 ? RelaxationHint(searcher, compiled, selection) : null,
            Hits = hits,
            Facets = collector.Facets(),
            HighlightTerms = compiled.HighlightTerms,
        };
    }

    /// <summary>Minimum numbers of units to match, strictest first: all but one, then about half (each only once).</summary>
    public static IReadOnlyList<int> RelaxLevels(int units)
    {
        if (units < 2) return [];
        var levels = new List<int> { units - 1 };
        var most = (units + 1) / 2;
        if (most < levels[^1] && most >= 1) levels.Add(most);
        return levels;
    }

    private ParsedQuery ParseSafely(string? text)
    {
        try { return _parser.Parse(text); }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogWarning(ex, "Query parse failed; searching literally");
            return _parser.ParseLiteral(text, "查询语法无法识别，已按字面搜索");
        }
    }

    private CompiledQuery CompileSafely(ref ParsedQuery parsed, bool expand)
    {
        try { return _builder.Build(parsed, expand); }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogWarning(ex, "Query build failed; searching literally");
            parsed = _parser.ParseLiteral(parsed.Text, "查询语法无法识别，已按字面搜索");
            try { return _builder.Build(parsed, expand: false); }
            catch (Exception ex2) when (ex2 is not OutOfMemoryException)
            {
                _logger.LogWarning(ex2, "Literal query build failed; showing all documents");
                parsed = new ParsedQuery { Required = [], Notices = ["查询无法执行，显示全部文档"], Text = parsed.Text };
                return _builder.Build(parsed, expand: false);
            }
        }
    }

    // ---------------------------------------------------------------- hits and passages

    private static SearchHit ReadHit(IndexSearcher searcher, int docId, float score)
    {
        var d = searcher.Doc(docId, HitFields);
        return ToHit(d, float.IsNaN(score) ? 0f : score);
    }

    private static SearchHit ToHit(LuceneDocument d, float score) => new()
    {
        Id = d.Get(IndexSchema.Id) ?? "",
        Title = d.Get(IndexSchema.Title) ?? "",
        Type = d.Get(IndexSchema.Type) ?? "",
        Year = int.TryParse(d.Get(IndexSchema.Year), out var y) ? y : null,
        Date = d.Get(IndexSchema.Date),
        Level = d.Get(IndexSchema.Level) ?? "",
        Role = d.Get(IndexSchema.Role) ?? "",
        Speaker = d.Get(IndexSchema.Speaker) ?? "",
        Occasion = d.Get(IndexSchema.Occasion) ?? "",
        Topics = d.GetValues(IndexSchema.Topic) ?? [],
        Score = score,
    };

    private List<SearchHit> ReadHitsWithPassages(IndexSearcher searcher, ScoreDoc[] scoreDocs, CompiledQuery compiled)
    {
        var cache = _hitCache.GetValue(searcher.IndexReader, _ => new());
        var stored = scoreDocs.Select(sd => cache.GetOrAdd(sd.Doc, doc =>
        {
            var d = searcher.Doc(doc, HitFields);
            return (ToHit(d, 0f), d.GetField(IndexSchema.ParagraphCount)?.GetInt32Value() ?? 0);
        })).ToList();
        var ranges = stored.Select((d, i) => new PassageFinder.HitRange(scoreDocs[i].Doc, d.Paragraphs)).ToList();
        var best = compiled.PassageQuery == null
            ? ranges.Select(_ => new List<int>()).ToArray()
            : PassageFinder.Find(searcher, compiled.PassageQuery, ranges, PassagesPerHit + HeadingReserve);

        var hits = new List<SearchHit>(scoreDocs.Length);
        for (var i = 0; i < scoreDocs.Length; i++)
        {
            var cached = stored[i].Hit;
            var hit = cached.WithScore(float.IsNaN(scoreDocs[i].Score) ? 0f : scoreDocs[i].Score);
            // Body paragraphs before headings (a heading such as （二）带头营造良好政治生态 says less than the text under
            // it); a heading still shows when nothing else matches. The order among each kind stays by score.
            var paragraphs = best[i].Select(doc => searcher.Doc(doc, ParagraphFields))
                .Where(p => p.Get(IndexSchema.Id) == hit.Id)
                .OrderBy(p => IsHeading(p) ? 1 : 0)
                .Take(PassagesPerHit).ToList();
            if (paragraphs.Count == 0)
            {
                // Matched on the title or metadata only (or no text query): show the opening of the text, unmarked.
                var opening = Enumerable.Range(ranges[i].First, Math.Min(ranges[i].ParagraphCount, 8))
                    .Select(doc => searcher.Doc(doc, ParagraphFields)).TakeWhile(p => p.Get(IndexSchema.Id) == hit.Id).ToList();
                var first = opening.FirstOrDefault(p => (p.Get(IndexSchema.Text)?.Length ?? 0) >= 30) ?? opening.FirstOrDefault();
                if (first != null) paragraphs.Add(first);
            }
            hits.Add(hit with { Passages = paragraphs.Select(p => ToPassage(p, compiled.HighlightTerms)).ToList() });
        }
        return hits;
    }

    /// <summary>Extra candidates fetched per hit so headings can give way to body paragraphs.</summary>
    private const int HeadingReserve = 3;

    /// <summary>A heading paragraph: its text is the last step of its own heading path.</summary>
    internal static bool IsHeading(LuceneDocument p)
    {
        var text = (p.Get(IndexSchema.Text) ?? "").Trim();
        var path = (p.Get(IndexSchema.HeadingPath) ?? "").Trim();
        if (text.Length == 0 || path.Length == 0) return false;
        if (path.EndsWith(text, StringComparison.Ordinal)) return true;
        // A short line without sentence punctuation that is (the start of) a step of the path: a heading too.
        return text.Length <= 30 && text.IndexOfAny(['。', '！', '？', '；']) < 0
            && path.Split(" › ").Any(step => step.StartsWith(text, StringComparison.Ordinal) || text.StartsWith(step, StringComparison.Ordinal));
    }

    private Passage ToPassage(LuceneDocument p, IReadOnlyList<string> terms)
    {
        var ordinal = p.GetField(IndexSchema.Ordinal)?.GetInt32Value() ?? 0;
        return new Passage(ordinal, p.Get(IndexSchema.HeadingPath) ?? "", _highlighter.Highlight(p.Get(IndexSchema.Text) ?? "", terms));
    }

    // ---------------------------------------------------------------- zero hits: how to relax

    private string? RelaxationHint(IndexSearcher searcher, CompiledQuery compiled, FacetSelection selection)
    {
        int Count(Query q, FacetSelection sel)
        {
            var c = new FacetCollector(sel, null);
            searcher.Search(OnlyDocuments(q), c);
            return c.TotalHits;
        }

        var hints = new List<string>();
        if (compiled.Parts.Count >= 2)
        {
            var best = (Label: "", Count: 0);
            for (var i = 0; i < compiled.Parts.Count; i++)
            {
                var q = new BooleanQuery();
                for (var j = 0; j < compiled.Parts.Count; j++)
                    if (j != i) q.Add(compiled.Parts[j].Query, Occur.MUST);
                foreach (var clause in compiled.OtherClauses) q.Add(clause);
                var n = Count(q, selection);
                if (n > best.Count) best = (compiled.Parts[i].Label, n);
            }
            if (best.Count > 0) hints.Add($"去掉「{best.Label}」可找到 {best.Count} 篇");
        }
        if (hints.Count == 0 && !selection.IsEmpty)
        {
            var n = Count(compiled.DocumentQuery, FacetSelection.None);
            if (n > 0) hints.Add($"取消筛选条件可找到 {n} 篇");
        }
        if (hints.Count == 0 && compiled.OtherClauses.Count > 0 && compiled.Parts.Count > 0)
        {
            var q = new BooleanQuery();
            foreach (var part in compiled.Parts) q.Add(part.Query, Occur.MUST);
            var n = Count(q, FacetSelection.None);
            if (n > 0) hints.Add($"去掉排除词和字段条件可找到 {n} 篇");
        }
        if (hints.Count == 0)
        {
            var missing = compiled.Parts.Where(p => Count(p.Query, FacetSelection.None) == 0).Select(p => $"「{p.Label}」").ToList();
            if (missing.Count > 0) hints.Add($"{string.Join("、", missing)} 在所有文档中都没有出现，请检查用字或换个说法");
        }
        return hints.Count == 0 ? null : string.Join("；", hints);
    }

    // ---------------------------------------------------------------- documents

    public DocumentView? GetDocument(string id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        return _provider.Use(searcher =>
        {
            if (searcher == null) return null;
            var docId = FindDocument(searcher, id);
            if (docId < 0) return null;
            var d = searcher.Doc(docId);
            var paragraphs = Indexing.StoredParagraph.Deserialize(Indexing.StoredText.Read(d, IndexSchema.ParagraphsJson));
            var hit = ToHit(d, 0);
            return new DocumentView
            {
                Id = hit.Id, Title = hit.Title, Type = hit.Type, Year = hit.Year, Date = hit.Date, Level = hit.Level,
                Role = hit.Role, Speaker = hit.Speaker, Occasion = hit.Occasion, Topics = hit.Topics,
                Format = d.Get(IndexSchema.Format) ?? "",
                Paragraphs = paragraphs,
                Outline = paragraphs.Where(p => p.HeadingLevel > 0).ToList(),
                Original = Indexing.StoredText.Read(d, IndexSchema.Original) ?? "",
            };
        });
    }

    private int FindDocument(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(OnlyDocuments(new TermQuery(new Term(IndexSchema.Id, id))), 1);
        return top.ScoreDocs.Length == 0 ? -1 : top.ScoreDocs[0].Doc;
    }

    /// <summary>Documents sharing the most distinctive words of this one (MoreLikeThis over the SmartCn body).</summary>
    public IReadOnlyList<SearchHit> Similar(string id, int count = 5)
    {
        if (string.IsNullOrWhiteSpace(id)) return [];
        count = Math.Clamp(count, 1, 20);
        try
        {
            return _provider.Use(searcher =>
            {
                if (searcher == null) return (IReadOnlyList<SearchHit>)[];
                var docId = FindDocument(searcher, id);
                if (docId < 0) return [];
                var d = searcher.Doc(docId, new HashSet<string> { IndexSchema.Title, IndexSchema.ParagraphsJson });
                // The body is not stored and has no term vectors: re-analyze the stored text (capped; the opening carries the topic).
                var text = d.Get(IndexSchema.Title) + "\n" + string.Join("\n",
                    Indexing.StoredParagraph.Deserialize(Indexing.StoredText.Read(d, IndexSchema.ParagraphsJson)).Select(p => p.Text));
                if (text.Length > 20_000) text = text[..20_000];
                var mlt = new MoreLikeThis(searcher.IndexReader)
                {
                    Analyzer = _schema.SmartCn,
                    FieldNames = [IndexSchema.Body],
                    MinTermFreq = text.Length < 2000 ? 1 : 2, // a short text says each word once
                    MinDocFreq = 2,
                    MinWordLen = 2,
                    MaxQueryTerms = 25,
                };
                mlt.SetMaxDocFreqPct(20);
                var like = mlt.Like(new StringReader(text), IndexSchema.Body);
                var q = new BooleanQuery
                {
                    { like, Occur.MUST },
                    { new TermQuery(new Term(IndexSchema.Id, id)), Occur.MUST_NOT },
                };
                var top = searcher.Search(OnlyDocuments(q), count);
                return top.ScoreDocs.Select(sd => ReadHit(searcher, sd.Doc, sd.Score)).ToList();
            });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogWarning(ex, "Similar documents failed for {Id}", id);
            return [];
        }
    }

    // ---------------------------------------------------------------- statistics

    public IndexStatistics GetStatistics() => _provider.Use(searcher =>
        searcher == null ? new IndexStatistics() : _statistics.GetValue(searcher.IndexReader, _ => ComputeStatistics(searcher)));

    private IndexStatistics ComputeStatistics(IndexSearcher searcher)
    {
        var facets = new FacetCollector(FacetSelection.None, null);
        searcher.Search(OnlyDocuments(new MatchAllDocsQuery()), facets);
        // Counted once per reader: a term query, not a bitset over every paragraph kept for the segment's life.
        var paragraphs = new TotalHitCountCollector();
        searcher.Search(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindParagraph)), paragraphs);
        var newest = searcher.Search(new MatchAllDocsQuery(), _documentsOnly, 5, DateSorts.For(SearchSort.Newest));
        var newestHits = newest.ScoreDocs.Select(sd => ReadHit(searcher, sd.Doc, 0)).ToList();
        return new IndexStatistics
        {
            Documents = facets.TotalHits,
            Paragraphs = paragraphs.TotalHits,
            LatestDate = newestHits.Select(h => h.Date ?? h.Year?.ToString()).FirstOrDefault(d => d != null),
            LastCommit = IndexStatsReader.LastCommitTime(searcher.IndexReader),
            Facets = facets.Facets(),
            Newest = newestHits,
        };
    }
}
