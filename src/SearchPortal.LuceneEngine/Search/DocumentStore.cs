using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>Whole documents by id (the document page and API), documents like one (MoreLikeThis), and index statistics.</summary>
public sealed class DocumentStore(IndexSearcherProvider provider, SearchLimits limits) : IDocumentStore
{
    private readonly EntryKind _documents = EntryKind.Documents(provider.Schema);

    public DocumentView? Get(string id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        return provider.Use(searcher =>
        {
            if (searcher == null || Find(searcher, id) is not (>= 0 and var docId)) return null;
            var d = searcher.Doc(docId);
            var paragraphs = CitationReader.Attach(searcher, id, StoredParagraph.Deserialize(StoredText.Read(d, IndexSchema.ParagraphsJson)));
            return new DocumentView(HitReader.ToHit(d, 0))
            {
                Format = d.Get(IndexSchema.Format) ?? "",
                RepealedBy = d.Get(IndexSchema.RepealedBy),
                Editions = d.Get(IndexSchema.EditionKey) is { } key ? Editions(searcher, key) : [],
                Paragraphs = paragraphs,
                Outline = paragraphs.Where(p => p.HeadingLevel > 0).ToList(),
                Original = StoredText.Read(d, IndexSchema.Original) ?? "",
            };
        });
    }

    /// <summary>Documents sharing the most distinctive words of this one (MoreLikeThis over the SmartCn body).</summary>
    public IReadOnlyList<SearchHit> Similar(string id, int count)
    {
        if (string.IsNullOrWhiteSpace(id)) return [];
        count = Math.Clamp(count, 1, limits.MaxSimilarDocuments);
        return provider.Use(searcher =>
        {
            if (searcher == null || Find(searcher, id) is not (>= 0 and var docId)) return (IReadOnlyList<SearchHit>)[];
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
            return searcher.Search(_documents.Restrict(q), count).ScoreDocs.Select(sd => HitReader.Read(searcher, sd.Doc, sd.Score)).ToList();
        });
    }

    /// <summary>Documents, paragraphs, facet counts and the newest documents: computed once per reader.</summary>
    public IndexStatistics Statistics() => provider.Use(searcher =>
        searcher == null ? new IndexStatistics() : searcher.State.Get(_ => Compute(searcher)));

    private static readonly HashSet<string> EditionFields = [IndexSchema.Id, IndexSchema.Title, IndexSchema.EditionYear, IndexSchema.Status];

    /// <summary>The documents of one lineage, oldest first (an edition without a year first, as it is ranked oldest).</summary>
    private IReadOnlyList<EditionInfo> Editions(IndexSearcher searcher, string key)
    {
        var top = searcher.Search(_documents.Restrict(new TermQuery(new Term(IndexSchema.EditionKey, key))), 100);
        return top.ScoreDocs.Select(sd => searcher.Doc(sd.Doc, EditionFields))
            .Select(e => new EditionInfo(e.Get(IndexSchema.Id), e.Get(IndexSchema.Title) ?? "",
                int.TryParse(e.Get(IndexSchema.EditionYear), out var y) ? y : null, e.Get(IndexSchema.Status) ?? ""))
            .OrderBy(e => e.Year ?? 0).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    private int Find(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(_documents.Restrict(new TermQuery(new Term(IndexSchema.Id, id))), 1);
        return top.ScoreDocs.Length == 0 ? -1 : top.ScoreDocs[0].Doc;
    }

    private IndexStatistics Compute(IndexSearcher searcher)
    {
        var facets = new FacetCollector(_documents.Facets, FacetSelection.None, null);
        searcher.Search(_documents.Restrict(new MatchAllDocsQuery()), facets);
        // Counted once per reader: a term query, not a bitset over every paragraph kept for the segment's life.
        var paragraphs = new TotalHitCountCollector();
        searcher.Search(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindParagraph)), paragraphs);
        var newest = searcher.Search(new MatchAllDocsQuery(), _documents.Only, 5, DateSorts.For(SearchSort.Newest));
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
