using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// BM25 with statistics of the entries actually being ranked. The index mixes one document entry per file with
/// hundreds of thousands of paragraph and quotation entries, and Lucene 4's BM25 divides every field's length by
/// maxDoc: the title's average length came out 50× too short (a title match scored almost nothing). Here a field's
/// average length and idf count only the entries that have the field; since every entry kind has its own text fields
/// (IndexSchema), that is the kind being ranked. Norms are BM25's, so indexing and searching share this similarity.
/// </summary>
public sealed class EntryLevelSimilarity : BM25Similarity
{
    private static long EntriesWithField(CollectionStatistics stats) => stats.DocCount > 0 ? stats.DocCount : stats.MaxDoc;

    protected override float AvgFieldLength(CollectionStatistics stats) =>
        stats.SumTotalTermFreq <= 0 ? 1f : (float)((double)stats.SumTotalTermFreq / EntriesWithField(stats));

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
}
