using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Ranks the words of leaders and the classics before anonymous ones of equal text relevance: an entry whose kind is
/// leader or classical and that names who said it scores <see cref="Factor"/> times its text score. A boost, not a
/// filter — every match stays, and a much better text match still comes first. Read from the who/kind doc values the
/// facets already use, so the index stores nothing new.
/// </summary>
public sealed class QuoteKindBoost(Query subQuery) : CustomScoreQuery(subQuery)
{
    public const float Factor = 1.5f;
    private static readonly string[] BoostedKinds = ["leader", "classical"];

    public static Query Apply(Query query) => new QuoteKindBoost(query);

    protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) => new Provider(context);

    private sealed class Provider : CustomScoreProvider
    {
        private readonly SortedSetDocValues? _kinds;
        private readonly SortedSetDocValues? _who;
        private readonly HashSet<long> _boostedOrds = [];

        public Provider(AtomicReaderContext context) : base(context)
        {
            _kinds = context.AtomicReader.GetSortedSetDocValues(IndexSchema.QuoteKindField);
            _who = context.AtomicReader.GetSortedSetDocValues(IndexSchema.QuoteWho);
            if (_kinds == null) return;
            foreach (var kind in BoostedKinds)
                if (_kinds.LookupTerm(new BytesRef(kind)) is var ord and >= 0) _boostedOrds.Add(ord);
        }

        public override float CustomScore(int doc, float subQueryScore, float valSrcScore) =>
            IsAttributedLeaderOrClassic(doc) ? subQueryScore * Factor : subQueryScore;

        private bool IsAttributedLeaderOrClassic(int doc)
        {
            if (_kinds == null || _who == null || _boostedOrds.Count == 0) return false;
            _who.SetDocument(doc);
            if (_who.NextOrd() == SortedSetDocValues.NO_MORE_ORDS) return false;
            _kinds.SetDocument(doc);
            for (var ord = _kinds.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _kinds.NextOrd())
                if (_boostedOrds.Contains(ord)) return true;
            return false;
        }
    }
}
