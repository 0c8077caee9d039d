using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Core.Search;

/// <summary>
/// BM25 with statistics of the entries actually being ranked. The index mixes one document entry per file with
/// hundreds of thousands of paragraph entries, and Lucene 4's BM25 divides every field's length by maxDoc: the
/// title's average length came out 50× too short (a title match scored almost nothing) and a document's body was
/// compared with the average paragraph (every long speech heavily penalised). Here the average length of a field is
/// taken over the entries that have it (titles: document entries), and the body's — present on both kinds, the
/// document body replaying its paragraphs' tokens — over the kind being ranked. Idf likewise counts entries having
/// the field. Norms are untouched, so the index needs no rebuild.
/// </summary>
public sealed class EntryLevelSimilarity : BM25Similarity
{
    private readonly long _rankedBodyEntries;

    /// <param name="rankedBodyEntries">How many entries of the kind being ranked (document or paragraph entries).</param>
    public EntryLevelSimilarity(long rankedBodyEntries) => _rankedBodyEntries = rankedBodyEntries;

    private static bool IsBody(string field) => field is IndexSchema.Body or IndexSchema.BodyBigram;

    private static long EntriesWithField(CollectionStatistics stats) => stats.DocCount > 0 ? stats.DocCount : stats.MaxDoc;

    protected override float AvgFieldLength(CollectionStatistics stats)
    {
        if (stats.SumTotalTermFreq <= 0) return 1f;
        // Every body token is indexed twice: once in its paragraph entry, once in its document entry.
        if (IsBody(stats.Field) && _rankedBodyEntries > 0) return (float)(stats.SumTotalTermFreq / 2.0 / _rankedBodyEntries);
        return (float)((double)stats.SumTotalTermFreq / EntriesWithField(stats));
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats)
    {
        var n = EntriesWithField(collectionStats);
        var idf = Idf(termStats.DocFreq, n);
        return new Explanation(idf, $"idf(docFreq={termStats.DocFreq}, entriesWithField={n})");
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        var n = EntriesWithField(collectionStats);
        var result = new Explanation { Description = "idf(), sum of:" };
        var sum = 0f;
        foreach (var t in termStats)
        {
            var idf = Idf(t.DocFreq, n);
            result.AddDetail(new Explanation(idf, $"idf(docFreq={t.DocFreq}, entriesWithField={n})"));
            sum += idf;
        }
        result.Value = sum;
        return result;
    }

    /// <summary>Searchers over one reader that rank document entries and paragraph entries with their own statistics.</summary>
    public sealed class Searchers
    {
        public IndexSearcher Documents { get; }
        public IndexSearcher Paragraphs { get; }

        public Searchers(IndexReader reader)
        {
            var docs = reader.DocFreq(new Term(IndexSchema.Kind, IndexSchema.KindDocument));
            var paras = reader.DocFreq(new Term(IndexSchema.Kind, IndexSchema.KindParagraph));
            Documents = new IndexSearcher(reader) { Similarity = new EntryLevelSimilarity(docs) };
            Paragraphs = new IndexSearcher(reader) { Similarity = new EntryLevelSimilarity(paras) };
        }
    }
}
