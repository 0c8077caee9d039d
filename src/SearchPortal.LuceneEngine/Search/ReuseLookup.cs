using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.Core.Reuse;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>One check's reads: postings per 4-gram, paragraphs and document titles, each read once.</summary>
internal sealed class ReuseLookup
{
    /// <summary>A 4-gram in more paragraphs than this (中国特色, 社会主义) selects nothing; its postings are not read.</summary>
    private const int MaxShingleParagraphs = 20_000;
    private static readonly HashSet<string> ParagraphFields = [IndexSchema.Id, IndexSchema.Ordinal, IndexSchema.Text];

    private readonly EngineSearcher _searcher;
    private readonly IList<AtomicReaderContext> _leaves;
    private readonly TermsEnum?[] _terms;
    private readonly int[] _counts;
    private readonly List<int> _touched = [];
    private readonly Dictionary<string, int[]?> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (string Id, int Ordinal, string Normalized)> _paragraphs = [];
    private readonly Dictionary<string, (string Title, string? Date)> _documents = new(StringComparer.Ordinal);
    private readonly EntryKind _documentKind;
    private readonly AccessScope _scope;
    private readonly Filter? _visible;
    private DocsEnum? _docs;

    /// <param name="scope">Only paragraphs of documents this scope may see are candidates (filtered on the postings).</param>
    public ReuseLookup(EngineSearcher searcher, EntryKind documentKind, AccessScope scope)
    {
        _searcher = searcher;
        _documentKind = documentKind;
        _scope = scope;
        _visible = scope.SeesEverything ? null : AccessFilter.Paragraphs.For(scope);
        _leaves = searcher.IndexReader.Leaves;
        _terms = _leaves.Select(l => l.AtomicReader.GetTerms(IndexSchema.ParagraphShingles)?.GetEnumerator()).ToArray();
        _counts = new int[searcher.IndexReader.MaxDoc];
    }

    /// <summary>
    /// Paragraph entries sharing at least <paramref name="minShared"/> of the text's usable 4-grams (those not too
    /// common), most shared first, at most <paramref name="max"/>; with the part shared.
    /// </summary>
    public List<(int Doc, double Shared)> Candidates(string normalized, double minShared, int max)
    {
        var usable = 0;
        foreach (var shingle in ReuseText.Shingles(normalized))
        {
            if (Postings(shingle) is not { } docs) continue;
            usable++;
            foreach (var doc in docs)
                if (_counts[doc]++ == 0) _touched.Add(doc);
        }
        var min = Math.Max(2, (int)Math.Ceiling(usable * minShared));
        var candidates = _touched.Where(d => _counts[d] >= min)
            .OrderByDescending(d => _counts[d]).ThenBy(d => d).Take(max).Select(d => (d, (double)_counts[d] / usable)).ToList();
        foreach (var doc in _touched) _counts[doc] = 0;
        _touched.Clear();
        return candidates;
    }

    /// <summary>Global doc ids of the paragraphs holding a 4-gram; null when it is too common to select anything.</summary>
    private int[]? Postings(string shingle)
    {
        if (_postings.TryGetValue(shingle, out var cached)) return cached;
        var bytes = new BytesRef(shingle);
        var docs = new List<int>();
        int[]? result = null;
        var frequency = 0;
        for (var i = 0; i < _leaves.Count; i++)
            if (_terms[i] is { } te && te.SeekExact(bytes)) frequency += te.DocFreq;
        if (frequency <= MaxShingleParagraphs)
        {
            for (var i = 0; i < _leaves.Count; i++)
            {
                if (_terms[i] is not { } te || !te.SeekExact(bytes)) continue;
                var leaf = _leaves[i];
                _docs = te.Docs(leaf.AtomicReader.LiveDocs, _docs, DocsFlags.NONE);
                // Postings and the scope's (cached) paragraph set both ascend: advance one along the other.
                var visible = _visible?.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)?.GetIterator();
                if (_visible != null && visible == null) continue; // nothing visible in this segment
                for (var d = _docs.NextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = _docs.NextDoc())
                {
                    if (visible != null && (visible.DocID < d ? visible.Advance(d) : visible.DocID) != d) continue;
                    docs.Add(leaf.DocBase + d);
                }
            }
            result = docs.ToArray();
        }
        _postings[shingle] = result;
        return result;
    }

    public (string Id, int Ordinal, string Normalized) Paragraph(int doc)
    {
        if (_paragraphs.TryGetValue(doc, out var p)) return p;
        var d = _searcher.Doc(doc, ParagraphFields);
        p = (d.Get(IndexSchema.Id) ?? "", d.GetField(IndexSchema.Ordinal)?.GetInt32Value() ?? 0, ReuseText.Normalize(d.Get(IndexSchema.Text) ?? ""));
        return _paragraphs[doc] = p;
    }

    public (string Title, string? Date) Document(string id)
    {
        if (_documents.TryGetValue(id, out var known)) return known;
        var top = _searcher.Search(_documentKind.Restrict(new TermQuery(new Term(IndexSchema.Id, id)), _scope), 1);
        var hit = top.ScoreDocs.Length == 0 ? null : HitReader.Read(_searcher, top.ScoreDocs[0].Doc, 0);
        return _documents[id] = (hit?.Title ?? id, hit?.Date ?? hit?.Year?.ToString());
    }
}
