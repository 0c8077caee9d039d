using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// One kind of index entry as the search passes see it: which entries count, how a query compiled for documents is
/// asked of them, which facets they carry, and whether a search that finds too little may relax its words.
/// </summary>
public sealed class EntryKind
{
    private readonly AccessFilter _access;
    private readonly Func<Query, Query> _map;

    private EntryKind(string kind, Func<Query, Query> map, IReadOnlyList<FacetDefinition> facets, bool relax)
    {
        // Per-segment cached bitsets (keyed by segment core inside CachingWrapperFilter): built once per segment and scope.
        _access = new AccessFilter(kind);
        _map = map;
        Facets = facets;
        Relax = relax;
    }

    // One instance per schema and kind, so every part that searches documents shares one cached bitset per segment.
    private static readonly ConditionalWeakTable<IndexSchema, EntryKind> DocumentKinds = new();
    private static readonly ConditionalWeakTable<IndexSchema, EntryKind> QuoteKinds = new();

    public static EntryKind Documents(IndexSchema schema) =>
        DocumentKinds.GetValue(schema, s => new(IndexSchema.KindDocument, q => q, s.Facets.Documents, relax: true));

    /// <summary>Quotation entries: the same words on their own fields; an exact quotation finder, never relaxed.</summary>
    public static EntryKind Quotes(IndexSchema schema) =>
        QuoteKinds.GetValue(schema, s => new(IndexSchema.KindQuote, QueryFieldMapper.ForQuotes, s.Facets.Quotes, relax: false));

    public IReadOnlyList<FacetDefinition> Facets { get; }
    public bool Relax { get; }

    /// <summary>Just these entries, and of them only those <paramref name="scope"/> may see (one cached bitset for
    /// both). Filter-last: the query's own iteration drives and the cached bitset is checked per match; handing the
    /// bitset down to every term measured 1.5–2× slower where paragraph entries outnumber documents 70 to 1.</summary>
    public Query Restrict(Query query, AccessScope scope) =>
        new FilteredQuery(_map(query), _access.For(scope), FilteredQuery.QUERY_FIRST_FILTER_STRATEGY);

    /// <summary>Every entry of this kind that <paramref name="scope"/> may see (as a filter, for sorted listings).</summary>
    public Filter Only(AccessScope scope) => _access.For(scope);

    /// <summary>The entry of this kind with this id that <paramref name="scope"/> may see, or -1: a document the
    /// scope may not see is not found, exactly like one that does not exist.</summary>
    public int Find(IndexSearcher searcher, string id, AccessScope scope)
    {
        var top = searcher.Search(Restrict(new TermQuery(new Term(IndexSchema.Id, id)), scope), 1);
        return top.ScoreDocs.Length == 0 ? -1 : top.ScoreDocs[0].Doc;
    }
}
