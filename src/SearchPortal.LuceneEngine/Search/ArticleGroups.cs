using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// 同段 in a regulation: an article (第三十条) counts as one paragraph, though the index keeps each of its 款 and items
/// as its own paragraph entry (their heading paths end in the article number). For regulations and laws that hold
/// every part somewhere, the paragraph entries matching some part are grouped by article; an article whose entries
/// together match every part adds its document and those entries (the passages).
/// </summary>
internal static class ArticleGroups
{
    private static readonly string[] RegulationTypes = ["条例", "法律"];
    private static readonly ISet<string> CountField = new HashSet<string> { IndexSchema.ParagraphCount };
    private static readonly ISet<string> PathField = new HashSet<string> { IndexSchema.HeadingPath };

    /// <param name="parts">The required parts as asked of document entries.</param>
    /// <param name="paragraphs">Paragraph entries that already match every part; article members are added.</param>
    /// <param name="documents">Owners of matching paragraphs; documents with a matching article are added.</param>
    public static void Add(IndexSearcher searcher, IReadOnlyList<Query> parts, FixedBitSet paragraphs, FixedBitSet documents,
        Func<Query, FixedBitSet> collect)
    {
        if (parts.Count < 2) return; // one part in one paragraph entry is already found
        var regulations = new BooleanQuery { { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindDocument)), Occur.MUST } };
        var types = new BooleanQuery();
        foreach (var t in RegulationTypes) types.Add(new TermQuery(new Term(IndexSchema.Type, t)), Occur.SHOULD);
        regulations.Add(types, Occur.MUST);
        foreach (var part in parts) regulations.Add(part, Occur.MUST);
        var candidates = collect(regulations);
        if (candidates.Cardinality == 0) return;

        var perPart = parts.Select(part => collect(new BooleanQuery
        {
            { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindParagraph)), Occur.MUST },
            { QueryFieldMapper.ForParagraphs(part), Occur.MUST },
        })).ToList();
        var all = (1 << Math.Min(parts.Count, 30)) - 1;
        var maxDoc = candidates.Length;
        for (var d = candidates.NextSetBit(0); d >= 0; d = d + 1 < maxDoc ? candidates.NextSetBit(d + 1) : -1)
        {
            if (documents.Get(d)) continue; // already matched by one paragraph
            var count = searcher.Doc(d, CountField).GetField(IndexSchema.ParagraphCount)?.GetInt32Value() ?? 0;
            var groups = new Dictionary<string, (int Mask, List<int> Members)>();
            for (var p = d + 1; p <= d + count && p < maxDoc; p++)
            {
                var mask = 0;
                for (var i = 0; i < perPart.Count && i < 30; i++)
                    if (perPart[i].Get(p)) mask |= 1 << i;
                if (mask == 0 || ArticleOf(searcher.Doc(p, PathField).Get(IndexSchema.HeadingPath)) is not { } article) continue;
                var g = groups.TryGetValue(article, out var found) ? found : (Mask: 0, Members: new List<int>());
                g.Members.Add(p);
                groups[article] = (g.Mask | mask, g.Members);
            }
            foreach (var (_, (mask, members)) in groups)
            {
                if (mask != all) continue;
                documents.Set(d);
                foreach (var p in members) paragraphs.Set(p);
            }
        }
    }

    /// <summary>The heading path up to its last article step (第三十条), or null when the paragraph is in no article.</summary>
    private static string? ArticleOf(string? path) =>
        ArticleQuery.LastArticleStep(path) is { } a ? string.Join("\u0001", a.Steps[..(a.Index + 1)]) : null;
}
