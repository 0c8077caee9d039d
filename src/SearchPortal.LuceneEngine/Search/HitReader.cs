using System.Collections.Concurrent;
using Lucene.Net.Search;
using SearchPortal.Core.Highlighting;
using SearchPortal.LuceneEngine.Indexing;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Reads the hits of a page from document entries and chooses each hit's passages from its paragraph entries
/// (body paragraphs before headings; the opening of the text when only the title or metadata matched).
/// </summary>
public sealed class HitReader(SearchLimits limits)
{
    /// <summary>Extra candidates fetched per hit so headings can give way to body paragraphs.</summary>
    private const int HeadingReserve = 3;

    private static readonly HashSet<string> HitFields =
    [
        IndexSchema.Id, IndexSchema.Title, IndexSchema.Type, IndexSchema.Year, IndexSchema.Level, IndexSchema.Role,
        IndexSchema.Speaker, IndexSchema.Occasion, IndexSchema.Topic, IndexSchema.Date, IndexSchema.ParagraphCount,
        IndexSchema.Status,
    ];
    private static readonly HashSet<string> ParagraphFields = [IndexSchema.Id, IndexSchema.Ordinal, IndexSchema.HeadingPath, IndexSchema.Text];

    private readonly PassageHighlighter _highlighter = new();

    /// <summary>
    /// Hit metadata per reader: stored fields are read per document, so reading 10 hits cold costs milliseconds each;
    /// entries are immutable for a given reader, and a refresh brings a new reader and so a new cache.
    /// </summary>
    private sealed class StoredHits : ConcurrentDictionary<int, (SearchHit Hit, int Paragraphs)>;

    public static SearchHit Read(IndexSearcher searcher, int docId, float score) => ToHit(searcher.Doc(docId, HitFields), score);

    public static SearchHit ToHit(LuceneDocument d, float score) => new()
    {
        Id = d.Get(IndexSchema.Id) ?? "",
        Title = d.Get(IndexSchema.Title) ?? "",
        Type = d.Get(IndexSchema.Type) ?? "",
        Year = int.TryParse(d.Get(IndexSchema.Year), out var y) ? y : null,
        Date = d.Get(IndexSchema.Date),
        Level = d.Get(IndexSchema.Level) ?? "",
        Role = d.Get(IndexSchema.Role) ?? "",
        Speaker = d.Get(IndexSchema.Speaker) ?? "",
        Occasion = d.Get(IndexSchema.Occasion) ?? "",
        Topics = d.GetValues(IndexSchema.Topic) ?? [],
        Status = d.Get(IndexSchema.Status),
        Score = float.IsNaN(score) ? 0f : score,
    };

    /// <param name="within">同句 / 同段: passages only from the paragraphs holding every term, a sentence for 同句.</param>
    /// <param name="article">An article the query named (纪律处分条例 第二十八条): a regulation's passage is that article.</param>
    public List<SearchHit> ReadWithPassages(EngineSearcher searcher, ScoreDoc[] scoreDocs, CompiledQuery compiled, WithinMatch? within = null,
        int? article = null)
    {
        var cache = searcher.State.Get(_ => new StoredHits());
        var stored = scoreDocs.Select(sd => cache.GetOrAdd(sd.Doc, doc =>
        {
            var d = searcher.Doc(doc, HitFields);
            return (ToHit(d, 0f), d.GetField(IndexSchema.ParagraphCount)?.GetInt32Value() ?? 0);
        })).ToList();
        var ranges = stored.Select((d, i) => new PassageFinder.HitRange(scoreDocs[i].Doc, d.Paragraphs)).ToList();
        var perHit = limits.PassagesPerHit;
        var passageQuery = compiled.Match.Passage is { } pq && within != null
            ? new FilteredQuery(pq, within.Paragraphs, FilteredQuery.QUERY_FIRST_FILTER_STRATEGY)
            : compiled.Match.Passage;
        var best = passageQuery == null
            ? ranges.Select(_ => new List<int>()).ToArray()
            : PassageFinder.Find(searcher, passageQuery, ranges, perHit + HeadingReserve);

        var hits = new List<SearchHit>(scoreDocs.Length);
        for (var i = 0; i < scoreDocs.Length; i++)
        {
            var hit = stored[i].Hit.WithScore(float.IsNaN(scoreDocs[i].Score) ? 0f : scoreDocs[i].Score);
            // Body paragraphs before headings (a heading such as （二）带头营造良好政治生态 says less than the text under
            // it); a heading still shows when nothing else matches. The order among each kind stays by score.
            var paragraphs = best[i].Select(doc => (Doc: doc, Entry: searcher.Doc(doc, ParagraphFields)))
                .Where(p => p.Entry.Get(IndexSchema.Id) == hit.Id)
                .OrderBy(p => IsHeading(p.Entry) ? 1 : 0)
                .Take(perHit).ToList();
            // Only regulations (they have a status) have articles worth naming; a speech's 第二十八条 is a coincidence.
            if (article is { } number && hit.Status != null && ArticleStart(searcher, ranges[i], hit.Id, number) is { } start)
                paragraphs = [start];
            if (paragraphs.Count == 0 && Opening(searcher, ranges[i], hit.Id) is { } opening) paragraphs.Add((-1, opening));
            hits.Add(hit with
            {
                Passages = paragraphs.Select(p => ToPassage(p.Entry, compiled.Display.HighlightTerms,
                    within != null && within.Sentences.TryGetValue(p.Doc, out var sentence) ? sentence : null)).ToList(),
            });
        }
        return hits;
    }

    /// <summary>Matched on the title or metadata only (or no text query): the opening of the text, unmarked.</summary>
    private static LuceneDocument? Opening(IndexSearcher searcher, PassageFinder.HitRange range, string id)
    {
        var opening = Enumerable.Range(range.First, Math.Min(range.ParagraphCount, 8))
            .Select(doc => searcher.Doc(doc, ParagraphFields)).TakeWhile(p => p.Get(IndexSchema.Id) == id).ToList();
        return opening.FirstOrDefault(p => (p.Get(IndexSchema.Text)?.Length ?? 0) >= 30) ?? opening.FirstOrDefault();
    }

    /// <summary>The first paragraph entry of article <paramref name="number"/> (its 第X条 line), by heading path.</summary>
    private static (int Doc, LuceneDocument Entry)? ArticleStart(IndexSearcher searcher, PassageFinder.HitRange range, string id, int number)
    {
        for (var doc = range.First; doc < range.End; doc++)
        {
            var p = searcher.Doc(doc, ParagraphFields);
            if (p.Get(IndexSchema.Id) != id) return null;
            if (ArticleQuery.ArticleOf(p.Get(IndexSchema.HeadingPath)) == number) return (doc, p);
        }
        return null;
    }

    /// <summary>A heading paragraph: its text is the last step of its own heading path.</summary>
    internal static bool IsHeading(LuceneDocument p)
    {
        var text = (p.Get(IndexSchema.Text) ?? "").Trim();
        var path = (p.Get(IndexSchema.HeadingPath) ?? "").Trim();
        if (text.Length == 0 || path.Length == 0) return false;
        if (path.EndsWith(text, StringComparison.Ordinal)) return true;
        // A short line without sentence punctuation that is (the start of) a step of the path: a heading too.
        return text.Length <= 30 && text.IndexOfAny(['。', '！', '？', '；']) < 0
            && path.Split(Core.Documents.StructureParser.PathSeparator).Any(step => step.StartsWith(text, StringComparison.Ordinal) || text.StartsWith(step, StringComparison.Ordinal));
    }

    /// <param name="sentence">The sentence to show instead of the whole paragraph (同句), or null.</param>
    private Passage ToPassage(LuceneDocument p, IReadOnlyList<string> terms, string? sentence = null)
    {
        var ordinal = p.GetField(IndexSchema.Ordinal)?.GetInt32Value() ?? 0;
        // A 同句 passage is the whole sentence, so every term shows; a paragraph is cut around its best match.
        var html = sentence != null ? PassageHighlighter.MarkAll(sentence, terms) : _highlighter.Highlight(p.Get(IndexSchema.Text) ?? "", terms);
        return new Passage(ordinal, p.Get(IndexSchema.HeadingPath) ?? "", html);
    }
}
