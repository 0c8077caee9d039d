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
    /// <summary>Candidates verified per sentence, those sharing the most 4-grams first.</summary>
    private const int CandidatesPerSentence = 24;
    /// <summary>A candidate shares at least this part of the sentence's usable 4-grams (two dropped characters in a
    /// 10-character sentence leave 3 of 7).</summary>
    private const double MinSharedShingles = 0.3;
    /// <summary>A paragraph "also appears" elsewhere when another paragraph holds this part of its 4-grams: a few
    /// characters may differ, a shared sentence or two in a long paragraph does not count.</summary>
    private const double EchoShare = 0.8;
    /// <summary>Paragraphs shorter than this (headings, set phrases) are not looked for elsewhere.</summary>
    private const int MinEchoLength = 20;
    /// <summary>Other paragraphs read per paragraph: boilerplate found in hundreds of documents shows this many.</summary>
    private const int MaxEchoes = 50;

    private sealed class EchoCache : System.Collections.Concurrent.ConcurrentDictionary<(string Id, string Scope), IReadOnlyList<ParagraphEchoes>>;

    /// <summary>Sources are only documents <paramref name="scope"/> may see.</summary>
    public ReuseReport Check(string? draft, AccessScope scope) => Check(draft, scope, MinSimilarity);

    /// <summary>The check with another threshold: how the threshold was measured (bench/reuse), not for the site.</summary>
    public ReuseReport Check(string? draft, AccessScope scope, double minSimilarity)
    {
        var (text, notice) = limits.CutDraft(InputCleaner.CleanDraft(draft));
        var sentences = ReuseText.SplitSentences(text);
        var total = sentences.Sum(s => s.Normalized.Length);
        var found = provider.Use(searcher => searcher == null ? [] : Find(searcher, sentences, scope, minSimilarity));
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

    /// <summary>
    /// The paragraphs of a document that also appear (nearly whole) in other documents, with those documents; computed
    /// once per document and reader, from the same 4-gram postings as the check.
    /// </summary>
    /// <remarks>Once per document, reader and scope; empty for a document <paramref name="scope"/> may not see, and
    /// only documents it may see are listed.</remarks>
    public IReadOnlyList<ParagraphEchoes> Echoes(string id, AccessScope scope) => provider.Use(searcher =>
        searcher == null || string.IsNullOrWhiteSpace(id) ? [] :
        searcher.State.Get(_ => new EchoCache()).GetOrAdd((id, scope.Key), _ => FindEchoes(searcher, id, scope)));

    private List<ParagraphEchoes> FindEchoes(EngineSearcher searcher, string id, AccessScope scope)
    {
        var documents = EntryKind.Documents(provider.Schema);
        if (documents.Find(searcher, id, scope) < 0) return [];
        var own = new BooleanQuery
        {
            { new TermQuery(new Term(IndexSchema.Id, id)), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindParagraph)), Occur.MUST },
        };
        var lookup = new ReuseLookup(searcher, documents, scope);
        var result = new List<ParagraphEchoes>();
        foreach (var entry in searcher.Search(own, int.MaxValue / 2).ScoreDocs.Select(sd => lookup.Paragraph(sd.Doc)).OrderBy(p => p.Ordinal))
        {
            if (entry.Normalized.Length < MinEchoLength) continue;
            var sources = new Dictionary<string, ReuseSource>();
            foreach (var (doc, shared) in lookup.Candidates(entry.Normalized, EchoShare, MaxEchoes))
            {
                var other = lookup.Paragraph(doc);
                if (other.Id == id || sources.ContainsKey(other.Id)) continue; // most shared first: the first is the best
                var (title, date) = lookup.Document(other.Id);
                sources[other.Id] = new ReuseSource(other.Id, other.Ordinal, Math.Round(shared, 2), title, date);
            }
            if (sources.Count > 0)
                result.Add(new ParagraphEchoes(entry.Ordinal, sources.Values.OrderBy(s => s.Date ?? "9999").ThenBy(s => s.Id, StringComparer.Ordinal).ToList()));
        }
        return result;
    }

    /// <summary>The sentences found in indexed paragraphs, with their sources.</summary>
    private List<(DraftSentence Sentence, IReadOnlyList<ReuseSource> Sources)> Find(
        EngineSearcher searcher, IReadOnlyList<DraftSentence> sentences, AccessScope scope, double minSimilarity)
    {
        var request = new ReuseLookup(searcher, EntryKind.Documents(provider.Schema), scope);
        var result = new List<(DraftSentence, IReadOnlyList<ReuseSource>)>();
        foreach (var sentence in sentences)
        {
            if (sentence.Normalized.Length < MinSentenceLength) continue;
            var sources = new Dictionary<string, ReuseSource>();
            foreach (var (doc, _) in request.Candidates(sentence.Normalized, MinSharedShingles, CandidatesPerSentence))
            {
                var paragraph = request.Paragraph(doc);
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
}
