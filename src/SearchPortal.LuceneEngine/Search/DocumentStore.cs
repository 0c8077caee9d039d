using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>Whole documents by id (the document page and API), documents like one (MoreLikeThis), and index statistics.</summary>
public sealed class DocumentStore(IndexSearcherProvider provider, SearchLimits limits) : IDocumentStore
{
    private readonly EntryKind _documents = EntryKind.Documents(provider.Schema);

    public DocumentView? Get(string id, AccessScope scope)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        return provider.Use(searcher =>
        {
            if (searcher == null || _documents.Find(searcher, id, scope) is not (>= 0 and var docId)) return null;
            var d = searcher.Doc(docId);
            var paragraphs = CitationReader.Attach(searcher, id, StoredParagraph.Deserialize(StoredText.Read(d, IndexSchema.ParagraphsJson)),
                other => scope.SeesEverything || _documents.Find(searcher, other, scope) >= 0);
            return new DocumentView(HitReader.ToHit(d, 0))
            {
                Format = d.Get(IndexSchema.Format) ?? "",
                RepealedBy = d.Get(IndexSchema.RepealedBy),
                Editions = d.Get(IndexSchema.EditionKey) is { } key ? Editions(searcher, key, scope) : [],
                Paragraphs = paragraphs,
                Outline = paragraphs.Where(p => p.HeadingLevel > 0).ToList(),
                Original = StoredText.Read(d, IndexSchema.Original) ?? "",
            };
        });
    }

    /// <summary>Documents sharing the most distinctive words of this one (MoreLikeThis over the SmartCn body).</summary>
    public IReadOnlyList<SearchHit> Similar(string id, int count, AccessScope scope)
    {
        if (string.IsNullOrWhiteSpace(id)) return [];
        count = Math.Clamp(count, 1, limits.MaxSimilarDocuments);
        return provider.Use(searcher =>
        {
            if (searcher == null || _documents.Find(searcher, id, scope) is not (>= 0 and var docId)) return (IReadOnlyList<SearchHit>)[];
            var d = searcher.Doc(docId, new HashSet<string> { IndexSchema.Title, IndexSchema.ParagraphsJson });
            // The body is not stored and has no term vectors: re-analyze the stored text (capped; the opening carries the topic).
            var text = d.Get(IndexSchema.Title) + "\n" + string.Join("\n",
                StoredParagraph.Deserialize(StoredText.Read(d, IndexSchema.ParagraphsJson)).Select(p => p.Text));
            if (text.Length > 20_000) text = text[..20_000];
            var mlt = new MoreLikeThis(searcher.IndexReader)
            {
                Analyzer = provider.Schema.SmartCn,
                FieldNames = [IndexSchema.Body],
                MinTermFreq = text.Length < 2000 ? 1 : 2, // a short text says each word once
                MinDocFreq = 2,
                MinWordLen = 2,
                MaxQueryTerms = 25,
            };
            mlt.SetMaxDocFreqPct(20);
            var q = new BooleanQuery
            {
                { mlt.Like(new StringReader(text), IndexSchema.Body), Occur.MUST },
                { new TermQuery(new Term(IndexSchema.Id, id)), Occur.MUST_NOT },
            };
            // The terms' statistics are the whole index's (MoreLikeThis picks words, it does not list documents).
            return searcher.Search(_documents.Restrict(q, scope), count).ScoreDocs.Select(sd => HitReader.Read(searcher, sd.Doc, sd.Score)).ToList();
        });
    }

    /// <summary>Documents, paragraphs, facet counts and the newest documents that <paramref name="scope"/> may see:
    /// computed once per reader and scope.</summary>
    public IndexStatistics Statistics(AccessScope scope) => provider.Use(searcher =>
        searcher == null ? new IndexStatistics() : searcher.State.Get(_ => new StatisticsCache()).GetOrAdd(scope.Key, _ => Compute(searcher, scope)));

    private sealed class StatisticsCache : System.Collections.Concurrent.ConcurrentDictionary<string, IndexStatistics>;

    private static readonly HashSet<string> EditionFields = [IndexSchema.Id, IndexSchema.Title, IndexSchema.EditionYear, IndexSchema.Status];

    /// <summary>The documents of one lineage, oldest first (an edition without a year first, as it is ranked oldest).</summary>
    /// <remarks>Only the editions <paramref name="scope"/> may see: a hidden edition's title does not leak.</remarks>
    private IReadOnlyList<EditionInfo> Editions(IndexSearcher searcher, string key, AccessScope scope)
    {
        var top = searcher.Search(_documents.Restrict(new TermQuery(new Term(IndexSchema.EditionKey, key)), scope), 100);
        return top.ScoreDocs.Select(sd => searcher.Doc(sd.Doc, EditionFields))
            .Select(e => new EditionInfo(e.Get(IndexSchema.Id), e.Get(IndexSchema.Title) ?? "",
                int.TryParse(e.Get(IndexSchema.EditionYear), out var y) ? y : null, e.Get(IndexSchema.Status) ?? ""))
            .OrderBy(e => e.Year ?? 0).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    private IndexStatistics Compute(IndexSearcher searcher, AccessScope scope)
    {
        var facets = new FacetCollector(_documents.Facets, FacetSelection.None, null);
        searcher.Search(_documents.Restrict(new MatchAllDocsQuery(), scope), facets);
        // Counted once per reader and scope: a term query (no bitset over every paragraph kept for the segment's
        // life) for everything, the paragraphs' access filter otherwise.
        var paragraphs = new TotalHitCountCollector();
        searcher.Search(scope.SeesEverything ? new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindParagraph))
            : new ConstantScoreQuery(AccessFilter.Paragraphs.For(scope)), paragraphs);
        var newest = searcher.Search(new MatchAllDocsQuery(), _documents.Only(scope), 5, DateSorts.For(SearchSort.Newest));
        var newestHits = newest.ScoreDocs.Select(sd => HitReader.Read(searcher, sd.Doc, 0)).ToList();
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
