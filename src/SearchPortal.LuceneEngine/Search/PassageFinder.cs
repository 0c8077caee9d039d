using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Finds the best-scoring paragraph entries of every hit on a page in ONE search. The indexer adds a document entry
/// and its paragraph entries as one block (IndexWriter.UpdateDocuments), so a hit at doc id D owns the paragraph
/// entries D+1 … D+para_count; the passage query runs leap-frogging over just those ranges (skipping the rest of
/// the postings), instead of one full query per hit. Callers verify the id of what they read back, so an index built
/// otherwise degrades to "no passage" rather than to a wrong one.
/// </summary>
public sealed class PassageFinder
{
    public readonly record struct HitRange(int DocId, int ParagraphCount)
    {
        public int First => DocId + 1;
        public int End => DocId + 1 + ParagraphCount; // exclusive
    }

    /// <summary>For each hit (same order), the doc ids of its best <paramref name="perHit"/> paragraphs, best first.</summary>
    public static List<int>[] Find(IndexSearcher searcher, Query passageQuery, IReadOnlyList<HitRange> hits, int perHit)
    {
        var result = hits.Select(_ => new List<int>()).ToArray();
        var ranges = hits.Select((h, i) => (h.First, h.End, Index: i)).Where(r => r.End > r.First).OrderBy(r => r.First).ToArray();
        if (ranges.Length == 0) return result;

        var collector = new BestPerRange(ranges, hits.Count, perHit);
        var filtered = new FilteredQuery(passageQuery, new RangesFilter(ranges.Select(r => (r.First, r.End)).ToArray()),
            FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
        searcher.Search(filtered, collector);
        for (var i = 0; i < hits.Count; i++)
            result[i] = collector.Best[i].OrderByDescending(x => x.Score).ThenBy(x => x.Doc).Select(x => x.Doc).ToList();
        return result;
    }

    /// <summary>Accepts the doc ids inside sorted, non-overlapping [start, end) ranges of global ids.</summary>
    private sealed class RangesFilter((int Start, int End)[] ranges) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var docBase = context.DocBase;
            var maxDoc = context.AtomicReader.MaxDoc;
            FixedBitSet? bits = null;
            foreach (var (start, end) in ranges)
            {
                var s = Math.Max(start - docBase, 0);
                var e = Math.Min(end - docBase, maxDoc);
                if (s >= e) continue;
                bits ??= new FixedBitSet(maxDoc);
                bits.Set(s, e);
            }
            return bits == null ? null : BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
        }
    }

    private sealed class BestPerRange((int First, int End, int Index)[] ranges, int hitCount, int perHit) : ICollector
    {
        public List<(float Score, int Doc)>[] Best { get; } = Enumerable.Range(0, hitCount).Select(_ => new List<(float, int)>()).ToArray();
        private Scorer? _scorer;
        private int _docBase;

        public bool AcceptsDocsOutOfOrder => true;
        public void SetScorer(Scorer scorer) => _scorer = scorer;
        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc)
        {
            var global = _docBase + doc;
            int lo = 0, hi = ranges.Length - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                if (ranges[mid].First > global) hi = mid - 1;
                else if (ranges[mid].End <= global) lo = mid + 1;
                else { found = mid; break; }
            }
            if (found < 0) return;
            var list = Best[ranges[found].Index];
            var score = _scorer!.GetScore();
            if (list.Count < perHit) { list.Add((score, global)); return; }
            var worst = 0;
            for (var i = 1; i < list.Count; i++)
                if (list[i].Score < list[worst].Score) worst = i;
            if (score > list[worst].Score) list[worst] = (score, global);
        }
    }
}
