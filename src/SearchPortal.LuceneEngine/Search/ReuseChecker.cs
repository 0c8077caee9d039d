using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.Core.Reuse;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// The reuse check over the paragraph fingerprints (<see cref="IndexSchema.ParagraphShingles"/>): each sentence of the
/// draft looks up its 4-grams' postings, the paragraphs sharing the most 4-grams are candidates, and a candidate is a
/// source when the sentence occurs in its normalised text with <see cref="TextSimilarity.Containment"/> ≥
/// <see cref="MinSimilarity"/>. No corpus scan: the cost is the draft's 4-grams' postings plus a few stored paragraphs.
/// </summary>
public sealed class ReuseChecker(IndexSearcherProvider provider, SearchLimits limits) : IReuseCheck
{
    /// <summary>Measured on ../shared/corpus (bench/reuse/README.md): lightly edited sentences (punctuation changed, two
    /// characters dropped) score 0.88–0.97, new ones find no candidate at all; 0.8 leaves room for a word or two replaced.</summary>
    public const double MinSimilarity = 0.8;
    /// <summary>Shorter sentences (同志们, 谢谢大家, a bare heading) are set phrases, not reuse; they are not checked.</summary>
    public const int MinSentenceLength = 10;
    /// <summary>A 4-gram in more paragraphs than this (中国特色, 社会主义) selects nothing; its postings are not read.</summary>
    private const int MaxShingleParagraphs = 20_000;
    /// <summary>Candidates verified per sentence, those sharing the most 4-grams first.</summary>
    private const int CandidatesPerSentence = 24;
    /// <summary>A candidate shares at least this part of the sentence's usable 4-grams (two dropped characters in a
    /// 10-character sentence leave 3 of 7).</summary>
    private const double MinSharedShingles = 0.3;

    private static readonly HashSet<string> ParagraphFields = [IndexSchema.Id, IndexSchema.Ordinal, IndexSchema.Text];

    public ReuseReport Check(string? draft) => Check(draft, MinSimilarity);

    /// <summary>The check with another threshold: how the threshold was measured (bench/reuse), not for the site.</summary>
    public ReuseReport Check(string? draft, double minSimilarity)
    {
        var (text, notice) = limits.CutDraft(InputCleaner.CleanDraft(draft));
        var sentences = ReuseText.SplitSentences(text);
        var total = sentences.Sum(s => s.Normalized.Length);
        var found = provider.Use(searcher => searcher == null ? [] : Find(searcher, sentences, exceptId: null, minSimilarity));
        var segments = found.Select(f => new ReuseSegment(f.Sentence.Start, f.Sentence.End,
            text[f.Sentence.Start..f.Sentence.End], f.Sources)).ToList();
        var reused = found.Sum(f => f.Sentence.Normalized.Length);
        return new ReuseReport
        {
            ReusedShare = total == 0 ? 0 : Math.Round((double)reused / total, 3),
            Segments = segments,
            CheckedLength = text.Length,
            Notice = notice,
        };
    }

    /// <summary>The sentences found in indexed paragraphs (of documents other than <paramref name="exceptId"/>), with their sources.</summary>
    internal List<(DraftSentence Sentence, IReadOnlyList<ReuseSource> Sources)> Find(
        EngineSearcher searcher, IReadOnlyList<DraftSentence> sentences, string? exceptId, double minSimilarity = MinSimilarity)
    {
        var request = new Lookup(searcher, EntryKind.Documents(provider.Schema));
        var result = new List<(DraftSentence, IReadOnlyList<ReuseSource>)>();
        foreach (var sentence in sentences)
        {
            if (sentence.Normalized.Length < MinSentenceLength) continue;
            var sources = new Dictionary<string, ReuseSource>();
            foreach (var doc in request.Candidates(sentence.Normalized))
            {
                var paragraph = request.Paragraph(doc);
                if (paragraph.Id == exceptId) continue;
                var similarity = TextSimilarity.Containment(sentence.Normalized, paragraph.Normalized);
                if (similarity < minSimilarity) continue;
                if (sources.TryGetValue(paragraph.Id, out var known) && known.Similarity >= similarity) continue;
                var (title, date) = request.Document(paragraph.Id);
                sources[paragraph.Id] = new ReuseSource(paragraph.Id, paragraph.Ordinal, Math.Round(similarity, 2), title, date);
            }
            if (sources.Count == 0) continue;
            // Closest first; among equals the earliest, which is likelier the origin.
            result.Add((sentence, sources.Values.OrderByDescending(s => s.Similarity).ThenBy(s => s.Date ?? "9999")
                .ThenBy(s => s.Id, StringComparer.Ordinal).Take(limits.ReuseSourcesPerSegment).ToList()));
        }
        return result;
    }

    /// <summary>One check's reads: postings per 4-gram, paragraphs and document titles, each read once.</summary>
    private sealed class Lookup
    {
        private readonly EngineSearcher _searcher;
        private readonly IList<AtomicReaderContext> _leaves;
        private readonly TermsEnum?[] _terms;
        private readonly int[] _counts;
        private readonly List<int> _touched = [];
        private readonly Dictionary<string, int[]?> _postings = new(StringComparer.Ordinal);
        private readonly Dictionary<int, (string Id, int Ordinal, string Normalized)> _paragraphs = [];
        private readonly Dictionary<string, (string Title, string? Date)> _documents = new(StringComparer.Ordinal);
        private readonly EntryKind _documentKind;
        private DocsEnum? _docs;

        public Lookup(EngineSearcher searcher, EntryKind documentKind)
        {
            _searcher = searcher;
            _documentKind = documentKind;
            _leaves = searcher.IndexReader.Leaves;
            _terms = _leaves.Select(l => l.AtomicReader.GetTerms(IndexSchema.ParagraphShingles)?.GetEnumerator()).ToArray();
            _counts = new int[searcher.IndexReader.MaxDoc];
        }

        /// <summary>Paragraph entries sharing enough of the sentence's 4-grams, most shared first.</summary>
        public List<int> Candidates(string normalized)
        {
            var usable = 0;
            foreach (var shingle in ReuseText.Shingles(normalized))
            {
                if (Postings(shingle) is not { } docs) continue;
                usable++;
                foreach (var doc in docs)
                    if (_counts[doc]++ == 0) _touched.Add(doc);
            }
            var min = Math.Max(2, (int)Math.Ceiling(usable * MinSharedShingles));
            var candidates = _touched.Where(d => _counts[d] >= min)
                .OrderByDescending(d => _counts[d]).ThenBy(d => d).Take(CandidatesPerSentence).ToList();
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
                    for (var d = _docs.NextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = _docs.NextDoc()) docs.Add(leaf.DocBase + d);
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
            var top = _searcher.Search(_documentKind.Restrict(new TermQuery(new Term(IndexSchema.Id, id))), 1);
            var hit = top.ScoreDocs.Length == 0 ? null : HitReader.Read(_searcher, top.ScoreDocs[0].Doc, 0);
            return _documents[id] = (hit?.Title ?? id, hit?.Date ?? hit?.Year?.ToString());
        }
    }
}
