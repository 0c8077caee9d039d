using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// A document's citations as the index holds them, resolved at index time (<see cref="CitationIndexUpdater"/>): the
/// citations of each paragraph from the document's citation entry, and for each article the documents citing it (a
/// prefix query on the cited "id#" targets). Two small queries, no resolution at request time. A link to a document
/// the reader may not see, and a citing document the reader may not see, are left out (<paramref name="visible"/>).
/// </summary>
public static class CitationReader
{
    /// <summary>The most citing documents listed under one article.</summary>
    public const int MaxCitingDocuments = 200;

    private static readonly HashSet<string> CitingFields = [IndexSchema.CiteDocument, IndexSchema.Title, IndexSchema.Date, IndexSchema.CiteTarget];

    /// <param name="visible">Whether the reader may see a document (by id); asked once per other document.</param>
    public static IReadOnlyList<DocumentParagraph> Attach(IndexSearcher searcher, string id, IReadOnlyList<DocumentParagraph> paragraphs,
        Func<string, bool> visible)
    {
        var seen = new Dictionary<string, bool>(StringComparer.Ordinal) { [id] = true };
        bool Visible(string other) => seen.TryGetValue(other, out var v) ? v : seen[other] = visible(other);
        var own = searcher.Search(new TermQuery(new Term(IndexSchema.CiteDocument, id)), 1).ScoreDocs;
        var table = own.Length == 0 ? [] : CitationIndexUpdater.ReadTable(searcher.Doc(own[0].Doc, new HashSet<string> { IndexSchema.CiteTable }).Get(IndexSchema.CiteTable));
        var byParagraph = table.Where(c => Visible(c.TargetId)).ToLookup(c => c.Ordinal);
        var citedBy = CitedBy(searcher, id, Visible);
        return paragraphs.Select(p => p with
        {
            Citations = byParagraph[p.Ordinal].OrderBy(c => c.Start)
                .Select(c => new ParagraphCitation(c.Text, c.TargetId, c.Article, c.TargetParagraph)
                    { Start = c.Start, TargetTitle = c.TargetTitle, ArticleText = c.ArticleText }).ToList(),
            CitedBy = citedBy.TryGetValue(p.Ordinal, out var docs) ? docs : null,
        }).ToList();
    }

    /// <summary>Paragraph ordinal → the documents citing the article that starts there (oldest first).</summary>
    private static Dictionary<int, IReadOnlyList<CitingDocument>> CitedBy(IndexSearcher searcher, string id, Func<string, bool> visible)
    {
        var prefix = id + "#";
        var hits = searcher.Search(new PrefixQuery(new Term(IndexSchema.CiteTarget, prefix)), MaxCitingDocuments).ScoreDocs;
        var result = new Dictionary<int, List<CitingDocument>>();
        foreach (var sd in hits)
        {
            var d = searcher.Doc(sd.Doc, CitingFields);
            var citing = new CitingDocument(d.Get(IndexSchema.CiteDocument), d.Get(IndexSchema.Title) ?? "", d.Get(IndexSchema.Date));
            if (!visible(citing.Id)) continue;
            foreach (var target in d.GetValues(IndexSchema.CiteTarget))
                if (target.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(target.AsSpan(prefix.Length), out var ordinal))
                {
                    if (!result.TryGetValue(ordinal, out var list)) result[ordinal] = list = [];
                    list.Add(citing);
                }
        }
        return result.ToDictionary(r => r.Key, r => (IReadOnlyList<CitingDocument>)r.Value
            .OrderBy(c => c.Date ?? "9999", StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal).ToList());
    }
}
