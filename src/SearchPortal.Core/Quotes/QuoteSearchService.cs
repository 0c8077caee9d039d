using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SearchPortal.Core.Configuration;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Quotes;

/// <summary>
/// Searches the quotation entries: the site's query language over the quotation text (the same query builder as
/// document search), filters by who is quoted and by kind, sorts by relevance or usage, pages, and counts who/kind
/// over the matches. Also reads one entry by key and the quotations used in one document. Never throws for a query.
/// </summary>
public sealed class QuoteSearchService
{
    // Paging is clamped exactly as for documents (SearchService.ClampPaging).
    public const int MaxPageSize = SearchService.MaxPageSize;
    public const int WhoFacetSize = 30;

    private static readonly HashSet<string> HitFields =
        [QuoteFields.Key, IndexSchema.Text, QuoteFields.Who, QuoteFields.QuoteKind, QuoteFields.Count, QuoteFields.SourcesJson];
    private static readonly HashSet<string> FacetFields = [QuoteFields.Who, QuoteFields.QuoteKind];

    private readonly IndexSearcherProvider _provider;
    private readonly QuoteRules _quoteRules;
    private readonly QueryTextParser _parser = new();
    private readonly LuceneQueryBuilder _builder;
    private readonly ILogger _logger;
    private readonly Filter _quotesOnly = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(IndexSchema.Kind, QuoteFields.KindQuote))));

    public QuoteSearchService(IndexSearcherProvider provider, SearchRules searchRules, QuoteRules quoteRules, ILogger<QuoteSearchService>? logger = null)
    {
        _provider = provider;
        _quoteRules = quoteRules;
        _builder = new LuceneQueryBuilder(provider.Schema, searchRules);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public static QuoteSearchService Create(IndexSearcherProvider provider, SearchPortalOptions options, ILogger<QuoteSearchService>? logger = null) =>
        new(provider, SearchRules.Load(options.ResolvedDataPath), QuoteRules.Load(options.ResolvedDataPath), logger);

    public QuoteSearchResponse Search(QuoteSearchRequest request)
    {
        var watch = Stopwatch.StartNew();
        var (page, size) = SearchService.ClampPaging(request.Page, request.Size);
        QuoteSearchResponse response;
        try
        {
            response = _provider.Use(searcher => searcher == null
                ? new QuoteSearchResponse { Page = page, Size = size, Notice = "索引尚未建立，请先运行索引程序。" }
                : Run(searcher, request, page, size));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogError(ex, "Quotation search failed for {Query}", request.Query);
            response = new QuoteSearchResponse { Page = page, Size = size, Notice = "引文搜索出错，请换个说法再试。" };
        }
        response.TookMs = watch.ElapsedMilliseconds;
        return response;
    }

    /// <summary>The quotation entry with this key (<see cref="QuoteKey.Normalize"/> of its text), or null.</summary>
    public QuoteHit? Get(string key) => _provider.Use(searcher =>
    {
        if (searcher == null || string.IsNullOrWhiteSpace(key)) return null;
        var top = searcher.Search(new TermQuery(new Term(QuoteFields.Key, QuoteKey.Normalize(key))), _quotesOnly, 1);
        return top.ScoreDocs.Length == 0 ? null : ReadHit(searcher, top.ScoreDocs[0]);
    });

    /// <summary>Quotations used in one document (for marking them on its page), most used first.</summary>
    public IReadOnlyList<QuoteHit> ForDocument(string id) => _provider.Use(searcher =>
    {
        if (searcher == null || string.IsNullOrWhiteSpace(id)) return (IReadOnlyList<QuoteHit>)[];
        var sort = new Sort(new SortField(QuoteFields.Count, SortFieldType.INT64, true), SortField.FIELD_DOC);
        var top = searcher.Search(new TermQuery(new Term(QuoteFields.SourceId, id)), _quotesOnly, 1000, sort);
        return top.ScoreDocs.Select(sd => ReadHit(searcher, sd)).ToList();
    });

    /// <summary>Every quotation in one document with its exact wording and paragraph, in reading order.</summary>
    public IReadOnlyList<QuoteOccurrence> InDocument(string id) => _provider.Use(searcher =>
    {
        if (searcher == null || string.IsNullOrWhiteSpace(id)) return (IReadOnlyList<QuoteOccurrence>)[];
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexSchema.Kind, QuoteFields.KindOccurrence)), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.Id, id)), Occur.MUST },
        };
        var top = searcher.Search(query, 1000, new Sort(SortField.FIELD_DOC));
        // Usage counts of this document's quotation entries, from the same searcher: key and count only (a full hit
        // would parse every entry's sources JSON for a number stored beside it).
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sd in searcher.Search(new TermQuery(new Term(QuoteFields.SourceId, id)), _quotesOnly, 1000).ScoreDocs)
        {
            var entry = searcher.Doc(sd.Doc, KeyAndCount);
            if (entry.GetField(QuoteFields.Count)?.GetInt32Value() is { } n) counts[entry.Get(QuoteFields.Key) ?? ""] = n;
        }
        return top.ScoreDocs.Select(sd =>
        {
            var d = searcher.Doc(sd.Doc, OccurrenceFields);
            var key = d.Get(QuoteFields.Key) ?? "";
            return new QuoteOccurrence
            {
                Ordinal = d.GetField(IndexSchema.Ordinal)?.GetInt32Value() ?? 0,
                Text = d.Get(IndexSchema.Text) ?? "",
                Key = key,
                Who = d.Get(QuoteFields.Who) ?? "",
                Kind = d.Get(QuoteFields.QuoteKind) ?? "other",
                Count = counts.GetValueOrDefault(key, 1),
            };
        }).OrderBy(o => o.Ordinal).ToList();
    });

    private static readonly HashSet<string> KeyAndCount = [QuoteFields.Key, QuoteFields.Count];
    private static readonly HashSet<string> OccurrenceFields = [IndexSchema.Ordinal, IndexSchema.Text, QuoteFields.Key, QuoteFields.Who, QuoteFields.QuoteKind];

    private QuoteSearchResponse Run(IndexSearcher searcher, QuoteSearchRequest request, int page, int size)
    {
        var notices = new List<string>();
        ParsedQuery parsed;
        CompiledQuery compiled;
        try
        {
            parsed = _parser.Parse(request.Query);
            compiled = _builder.Build(parsed, request.Expand);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogWarning(ex, "Quotation query build failed; searching literally");
            parsed = _parser.ParseLiteral(request.Query, "查询语法无法识别，已按字面搜索");
            compiled = _builder.Build(parsed, expand: false);
        }
        notices.AddRange(parsed.Notices);

        var query = new BooleanQuery { { IndexSchema.ForQuotes(compiled.DocumentQuery), Occur.MUST } };
        var who = request.Who?.Trim() ?? "";
        if (who.Length > 0)
        {
            who = _quoteRules.FindSpeaker(who)?.Name ?? who; // 习近平 → 习近平总书记
            query.Add(new TermQuery(new Term(QuoteFields.Who, who)), Occur.MUST);
        }
        var kindText = request.Kind?.Trim() ?? "";
        if (kindText.Length > 0)
        {
            if (QuoteKinds.TryParse(kindText, out var kind)) query.Add(new TermQuery(new Term(QuoteFields.QuoteKind, kind.ToApi())), Occur.MUST);
            else notices.Add($"未知的引文类型“{kindText}”，已忽略");
        }

        // Without words every score is equal: order by usage.
        var byCount = request.Sort == QuoteSort.Count || !compiled.HasText;
        var sort = byCount
            ? new Sort(new SortField(QuoteFields.Count, SortFieldType.INT64, true), SortField.FIELD_SCORE, SortField.FIELD_DOC)
            : new Sort(SortField.FIELD_SCORE, new SortField(QuoteFields.Count, SortFieldType.INT64, true), SortField.FIELD_DOC);
        var filtered = new FilteredQuery(query, _quotesOnly);
        var top = TopFieldCollector.Create(sort, page * size, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        var all = new AllDocs();
        searcher.Search(filtered, MultiCollector.Wrap(top, all));
        var hits = top.GetTopDocs((page - 1) * size, size).ScoreDocs.Select(sd => ReadHit(searcher, sd)).ToList();

        return new QuoteSearchResponse
        {
            Total = top.TotalHits,
            Page = page,
            Size = size,
            Notice = notices.Count == 0 ? null : string.Join("；", notices.Distinct()),
            Hits = hits,
            Facets = Facets(searcher, all.Docs, who, kindText),
            HighlightTerms = compiled.HighlightTerms,
        };
    }

    private static Dictionary<string, IReadOnlyList<FacetValue>> Facets(IndexSearcher searcher, List<int> docs, string who, string kind)
    {
        var byWho = new Dictionary<string, int>(StringComparer.Ordinal);
        var byKind = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            var d = searcher.Doc(doc, FacetFields);
            var w = d.Get(QuoteFields.Who);
            if (!string.IsNullOrEmpty(w)) byWho[w] = byWho.GetValueOrDefault(w) + 1;
            var k = d.Get(QuoteFields.QuoteKind) ?? "other";
            byKind[k] = byKind.GetValueOrDefault(k) + 1;
        }
        return new Dictionary<string, IReadOnlyList<FacetValue>>
        {
            ["who"] = byWho.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(WhoFacetSize)
                .Select(kv => new FacetValue(kv.Key, kv.Value, kv.Key == who)).ToList(),
            ["kind"] = byKind.OrderByDescending(kv => kv.Value)
                .Select(kv => new FacetValue(kv.Key, kv.Value, string.Equals(kv.Key, kind, StringComparison.OrdinalIgnoreCase))).ToList(),
        };
    }

    private static QuoteHit ReadHit(IndexSearcher searcher, ScoreDoc sd)
    {
        var d = searcher.Doc(sd.Doc, HitFields);
        var sources = JsonSerializer.Deserialize<List<QuoteSource>>(d.Get(QuoteFields.SourcesJson) ?? "[]") ?? [];
        var text = d.Get(IndexSchema.Text) ?? "";
        var who = d.Get(QuoteFields.Who) ?? "";
        QuoteKinds.TryParse(d.Get(QuoteFields.QuoteKind), out var kind);
        return new QuoteHit
        {
            Key = d.Get(QuoteFields.Key) ?? "",
            Text = text,
            Who = who,
            Kind = kind.ToApi(),
            Count = d.GetField(QuoteFields.Count)?.GetInt32Value() ?? sources.Count,
            Sources = sources,
            Citation = QuoteCitation.Format(text, who, kind, sources.FirstOrDefault()?.Title),
            Score = float.IsNaN(sd.Score) ? 0 : sd.Score,
        };
    }

    /// <summary>Every matching doc id (global), for facet counts; quotation entries are few (thousands).</summary>
    private sealed class AllDocs : ICollector
    {
        private int _base;
        public List<int> Docs { get; } = [];
        public void SetScorer(Scorer scorer) { }
        public void Collect(int doc) => Docs.Add(_base + doc);
        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;
        public bool AcceptsDocsOutOfOrder => true;
    }
}
