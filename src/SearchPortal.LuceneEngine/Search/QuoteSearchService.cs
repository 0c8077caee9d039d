using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Quotes;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Searches the quotation entries with the same compiler, passes and facet collector as document search, over their
/// own entry kind: filters by who is quoted (any alias of quote-speakers.txt) and by kind, sorts by relevance or
/// usage, pages, and counts the who/kind facets. Also reads one entry by key and the quotations used in one document.
/// </summary>
public sealed class QuoteSearchService : IQuoteSearch
{
    private static readonly HashSet<string> HitFields =
        [IndexSchema.QuoteKeyField, IndexSchema.Text, IndexSchema.QuoteWho, IndexSchema.QuoteKindField, IndexSchema.QuoteCount, IndexSchema.QuoteSources, IndexSchema.QuoteSourceAccess];

    private readonly IndexSearcherProvider _provider;
    private readonly QueryCompiler _compiler;
    private readonly SearchPasses _passes;
    private readonly QuoteRules _quoteRules;
    private readonly SearchLimits _limits;
    private readonly EntryKind _quotes;
    private readonly EntryKind _documents;

    public QuoteSearchService(IndexSearcherProvider provider, QueryCompiler compiler, SearchPasses passes, QuoteRules quoteRules, SearchLimits limits)
    {
        _provider = provider;
        _compiler = compiler;
        _passes = passes;
        _quoteRules = quoteRules;
        _limits = limits;
        _quotes = EntryKind.Quotes(provider.Schema);
        _documents = EntryKind.Documents(provider.Schema);
    }

    public QuoteSearchResponse Search(QuoteSearchRequest request)
    {
        var watch = Stopwatch.StartNew();
        var (page, size) = _limits.ClampPaging(request.Page, request.Size);
        var response = _provider.Use(searcher => searcher == null
            ? new QuoteSearchResponse { Page = page, Size = size, Notice = DocumentSearch.NoIndexNotice }
            : Run(searcher, request, page, size));
        response.TookMs = watch.ElapsedMilliseconds;
        return response;
    }

    /// <summary>The quotation entry with this key (<see cref="QuoteKey.Normalize"/> of its text), or null.</summary>
    public QuoteHit? Get(string key, AccessScope scope) => _provider.Use(searcher =>
    {
        if (searcher == null || string.IsNullOrWhiteSpace(key)) return null;
        var top = searcher.Search(new TermQuery(new Term(IndexSchema.QuoteKeyField, QuoteKey.Normalize(key))), _quotes.Only(scope), 1);
        return top.ScoreDocs.Length == 0 ? null : ReadHit(searcher, top.ScoreDocs[0], scope);
    });

    /// <summary>Quotations used in one document (for marking them on its page), most used first.</summary>
    public IReadOnlyList<QuoteHit> ForDocument(string id, AccessScope scope) => _provider.Use(searcher =>
    {
        if (searcher == null || string.IsNullOrWhiteSpace(id) || !Visible(searcher, id, scope)) return (IReadOnlyList<QuoteHit>)[];
        var sort = new Sort(new SortField(IndexSchema.QuoteCount, SortFieldType.INT64, true), SortField.FIELD_DOC);
        var top = searcher.Search(new TermQuery(new Term(IndexSchema.QuoteSourceId, id)), _quotes.Only(scope), 1000, sort);
        return top.ScoreDocs.Select(sd => ReadHit(searcher, sd, scope)).ToList();
    });

    private bool Visible(IndexSearcher searcher, string id, AccessScope scope) => _documents.Find(searcher, id, scope) >= 0;

    /// <summary>Every quotation in one document with its exact wording and paragraph, in reading order.</summary>
    public IReadOnlyList<QuoteOccurrence> InDocument(string id, AccessScope scope) => _provider.Use(searcher =>
    {
        if (searcher == null || string.IsNullOrWhiteSpace(id) || !Visible(searcher, id, scope)) return (IReadOnlyList<QuoteOccurrence>)[];
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindQuoteOccurrence)), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.Id, id)), Occur.MUST },
        };
        var top = searcher.Search(query, 1000, new Sort(SortField.FIELD_DOC));
        // Usage counts of this document's quotation entries, from the same searcher: key and count only (a full hit
        // would parse every entry's sources JSON for a number stored beside it).
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sd in searcher.Search(new TermQuery(new Term(IndexSchema.QuoteSourceId, id)), _quotes.Only(scope), 1000).ScoreDocs)
        {
            var entry = searcher.Doc(sd.Doc, KeyAndCount);
            var count = scope.SeesEverything ? entry.GetField(IndexSchema.QuoteCount)?.GetInt32Value()
                : Visibility(entry.Get(IndexSchema.QuoteSourceAccess), scope).Count(v => v);
            if (count is { } n) counts[entry.Get(IndexSchema.QuoteKeyField) ?? ""] = n;
        }
        return top.ScoreDocs.Select(sd =>
        {
            var d = searcher.Doc(sd.Doc, OccurrenceFields);
            var key = d.Get(IndexSchema.QuoteKeyField) ?? "";
            return new QuoteOccurrence
            {
                Ordinal = d.GetField(IndexSchema.Ordinal)?.GetInt32Value() ?? 0,
                Text = d.Get(IndexSchema.Text) ?? "",
                Key = key,
                Who = d.Get(IndexSchema.QuoteWho) ?? "",
                Kind = d.Get(IndexSchema.QuoteKindField) ?? "other",
                Count = counts.GetValueOrDefault(key, 1),
            };
        }).OrderBy(o => o.Ordinal).ToList();
    });

    private static readonly HashSet<string> KeyAndCount = [IndexSchema.QuoteKeyField, IndexSchema.QuoteCount, IndexSchema.QuoteSourceAccess];
    private static readonly HashSet<string> OccurrenceFields = [IndexSchema.Ordinal, IndexSchema.Text, IndexSchema.QuoteKeyField, IndexSchema.QuoteWho, IndexSchema.QuoteKindField];

    private QuoteSearchResponse Run(IndexSearcher searcher, QuoteSearchRequest request, int page, int size)
    {
        var search = _compiler.Compile(request.Query, request.Expand);
        var notices = new List<string>();
        var selected = new Dictionary<string, IReadOnlyList<string>>();
        var who = request.Who?.Trim() ?? "";
        if (who.Length > 0) selected[IndexSchema.QuoteWho] = [_quoteRules.FindSpeaker(who)?.Name ?? who]; // 习近平 → 习近平总书记
        var kindText = request.Kind?.Trim() ?? "";
        if (kindText.Length > 0)
        {
            if (QuoteKinds.TryParse(kindText, out var kind)) selected[IndexSchema.QuoteKindField] = [kind.ToApi()];
            else notices.Add($"未知的引文类型“{kindText}”，已忽略");
        }
        var selection = FacetSelection.Resolve(searcher.IndexReader, _quotes.Facets, selected);
        // A speaker nobody quotes is an answer (none), not a filter to drop.
        if (who.Length > 0 && !selection.Values.ContainsKey(IndexSchema.QuoteWho))
            selection = new FacetSelection(new Dictionary<string, IReadOnlyList<string>>(selection.Values) { [IndexSchema.QuoteWho] = selected[IndexSchema.QuoteWho] });

        // Without words every score is equal: order by usage.
        var byCount = request.Sort == QuoteSort.Count || !search.Query.HasText;
        var sort = byCount
            ? new Sort(new SortField(IndexSchema.QuoteCount, SortFieldType.INT64, true), SortField.FIELD_SCORE, SortField.FIELD_DOC)
            : new Sort(SortField.FIELD_SCORE, new SortField(IndexSchema.QuoteCount, SortFieldType.INT64, true), SortField.FIELD_DOC);
        // Quotation entries carry their sources' levels: the scope filters the search, its totals and who/kind counts.
        var pass = _passes.Run(searcher, _quotes, request.Scope, search, selection, sort, page * size);
        notices.InsertRange(0, pass.Search.Parsed.Notices);
        var hits = pass.Top.GetTopDocs((page - 1) * size, size).ScoreDocs.Select(sd => ReadHit(searcher, sd, request.Scope)).ToList();

        return new QuoteSearchResponse
        {
            Total = pass.Total,
            Page = page,
            Size = size,
            Notice = notices.Count == 0 ? null : string.Join("；", notices.Distinct()),
            Hits = hits,
            Facets = pass.Facets.Facets(),
            HighlightTerms = pass.Search.Query.Display.HighlightTerms,
        };
    }

    /// <summary>The entry with only the sources <paramref name="scope"/> may see, counted (the entry itself matched
    /// the scope's filter, so at least one source is visible).</summary>
    private static QuoteHit ReadHit(IndexSearcher searcher, ScoreDoc sd, AccessScope scope)
    {
        var d = searcher.Doc(sd.Doc, HitFields);
        var sources = JsonSerializer.Deserialize<List<QuoteSource>>(d.Get(IndexSchema.QuoteSources) ?? "[]") ?? [];
        var all = scope.SeesEverything;
        if (!all)
        {
            var visible = Visibility(d.Get(IndexSchema.QuoteSourceAccess), scope);
            sources = sources.Where((_, i) => i < visible.Length && visible[i]).ToList();
        }
        var text = d.Get(IndexSchema.Text) ?? "";
        var who = d.Get(IndexSchema.QuoteWho) ?? "";
        QuoteKinds.TryParse(d.Get(IndexSchema.QuoteKindField), out var kind);
        return new QuoteHit
        {
            Key = d.Get(IndexSchema.QuoteKeyField) ?? "",
            Text = text,
            Who = who,
            Kind = kind.ToApi(),
            Count = all ? d.GetField(IndexSchema.QuoteCount)?.GetInt32Value() ?? sources.Count : sources.Count,
            Sources = sources,
            Citation = QuoteCitation.Format(text, who, kind, sources.FirstOrDefault()?.Title),
            Score = float.IsNaN(sd.Score) ? 0 : sd.Score,
        };
    }

    /// <summary>For each source of an entry (in the stored order), whether <paramref name="scope"/> may see its document.</summary>
    private static bool[] Visibility(string? accessJson, AccessScope scope) =>
        (JsonSerializer.Deserialize<List<string[]>>(accessJson ?? "[]") ?? []).Select(scope.CanSee).ToArray();
}
