using System.Text.Encodings.Web;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Citations;
using SearchPortal.Core.Documents;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// Article citations at index time (法条联想). Each document entry gets its citations as written and, for a regulation,
/// its articles (<see cref="AddFields"/>: per document, in the parallel part of the run). A citation's target depends on
/// other documents (which editions exist, their dates), so after a run that changed anything <see cref="Rebuild"/>
/// reads those fields from the document entries, resolves every citation (<see cref="CitationResolver"/>) and replaces
/// the <see cref="IndexSchema.KindCitations"/> entries: one per citing document, read as is by the document page.
/// </summary>
public sealed class CitationIndexUpdater(CitationFinder finder)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly HashSet<string> Fields =
    [
        IndexSchema.Id, IndexSchema.Title, IndexSchema.EditionKey, IndexSchema.EditionYear, IndexSchema.Date, IndexSchema.Year,
        IndexSchema.InForceFrom, IndexSchema.CiteArticles, IndexSchema.CiteMentions,
    ];

    public static CitationIndexUpdater Load(string dataPath) => new(new CitationFinder(RegulationAliases.Load(dataPath)));

    /// <summary>Adds the document's citations as written and, for a regulation, its articles, to its entry.</summary>
    public void AddFields(LuceneDocument entry, ParsedDocument doc)
    {
        var regulation = doc.Metadata.EditionKey.Length > 0;
        var mentions = finder.Find(doc.Paragraphs, regulation);
        if (mentions.Count > 0)
        {
            entry.Add(new StringField(IndexSchema.Cites, "1", Field.Store.NO));
            entry.Add(new StoredField(IndexSchema.CiteMentions, JsonSerializer.Serialize(mentions, Json)));
        }
        if (!regulation) return;
        var articles = CitableArticles.Read(doc.Paragraphs);
        if (articles.Count > 0) entry.Add(new StoredField(IndexSchema.CiteArticles, JsonSerializer.Serialize(articles, Json)));
        if (CitableArticles.InForceFrom(doc.Paragraphs) is { } from) entry.Add(new StoredField(IndexSchema.InForceFrom, from.ToString("yyyy-MM-dd")));
    }

    /// <summary>Replaces the citation entries; returns how many citations were resolved.</summary>
    public int Rebuild(IndexWriter writer)
    {
        var regulations = new List<CitableRegulation>();
        var citing = new List<(string Id, string Title, string? Date, DateOnly? When, bool YearOnly, IReadOnlyList<CitationMention> Mentions)>();
        using (var reader = DirectoryReader.Open(writer, applyAllDeletes: true))
        {
            var documents = new Term(IndexSchema.Kind, IndexSchema.KindDocument);
            foreach (var leaf in reader.Leaves)
            {
                var docs = leaf.AtomicReader.GetTermDocsEnum(documents);
                if (docs == null) continue;
                var live = leaf.AtomicReader.LiveDocs;
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    if (live != null && !live.Get(doc)) continue;
                    var d = leaf.AtomicReader.Document(doc, Fields);
                    var id = d.Get(IndexSchema.Id);
                    var title = d.Get(IndexSchema.Title) ?? "";
                    var date = d.Get(IndexSchema.Date);
                    DateOnly? when = DateOnly.TryParse(date, out var full) ? full
                        : int.TryParse(d.Get(IndexSchema.Year), out var y) ? new DateOnly(y, 7, 1) : null;
                    if (d.Get(IndexSchema.CiteArticles) is { } articles && d.Get(IndexSchema.EditionKey) is { } key)
                    {
                        int? year = int.TryParse(d.Get(IndexSchema.EditionYear), out var ey) ? ey : null;
                        var issued = DateOnly.TryParse(date, out var di) && di.Year == year ? di : (DateOnly?)null;
                        DateOnly? from = DateOnly.TryParse(d.Get(IndexSchema.InForceFrom), out var f) ? f : null;
                        regulations.Add(new CitableRegulation(id, title, key, new CitableEdition(id, year, issued, from),
                            (JsonSerializer.Deserialize<List<CitedArticle>>(articles, Json) ?? []).ToDictionary(a => a.Number)));
                    }
                    if (d.Get(IndexSchema.CiteMentions) is { } mentions)
                        citing.Add((id, title, date, when, date == null && when != null,
                            JsonSerializer.Deserialize<List<CitationMention>>(mentions, Json) ?? []));
                }
            }
        }
        var resolver = new CitationResolver(regulations);
        writer.DeleteDocuments(new Term(IndexSchema.Kind, IndexSchema.KindCitations));
        var count = 0;
        foreach (var c in citing)
        {
            var resolved = resolver.Resolve(c.Id, c.When, c.YearOnly, c.Mentions);
            if (resolved.Count == 0) continue;
            count += resolved.Count;
            var entry = new LuceneDocument
            {
                new StringField(IndexSchema.Kind, IndexSchema.KindCitations, Field.Store.NO),
                new StringField(IndexSchema.CiteDocument, c.Id, Field.Store.YES),
                new StoredField(IndexSchema.Title, c.Title),
                new StoredField(IndexSchema.CiteTable, JsonSerializer.Serialize(resolved, Json)),
            };
            if (c.Date != null) entry.Add(new StoredField(IndexSchema.Date, c.Date));
            // A document citing itself (本条例第X条) is not one of "the documents that cite" an article.
            foreach (var target in resolved.Where(r => r.TargetId != c.Id).Select(r => r.TargetId + "#" + r.TargetParagraph).Distinct())
                entry.Add(new StringField(IndexSchema.CiteTarget, target, Field.Store.YES));
            writer.AddDocument(entry);
        }
        return count;
    }

    /// <summary>The stored citation table of a citation entry.</summary>
    public static IReadOnlyList<ResolvedCitation> ReadTable(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<ResolvedCitation>>(json, Json) ?? [];
}
