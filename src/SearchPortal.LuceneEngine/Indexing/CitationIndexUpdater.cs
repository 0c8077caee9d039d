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
        IndexSchema.InForceFrom, IndexSchema.NumberedSince, IndexSchema.CiteArticles, IndexSchema.CiteMentions,
    ];

    public static CitationIndexUpdater Load(string dataPath) => new(new CitationFinder(RegulationAliases.Load(dataPath)));

    /// <summary>Adds the document's citations as written and, for a regulation, its articles, to its entry.</summary>
    public void AddFields(LuceneDocument entry, ParsedDocument doc)
    {
        var regulation = doc.Metadata.EditionKey.Length > 0;
        IReadOnlyList<CitationMention> mentions = finder.Find(doc.Paragraphs, regulation, withContext: doc.Metadata.Year == null);
        var articles = regulation ? CitableArticles.Read(doc.Paragraphs) : [];
        if (mentions.Any(m => m.IsSelf))
        {
            // 本条例第X条: the hover text is at hand now, rather than reading every regulation back when resolving.
            var texts = articles.ToDictionary(a => a.Number, a => a.Text);
            mentions = mentions.Select(m => m.IsSelf && texts.TryGetValue(m.Article, out var t) ? m with { SelfText = t } : m).ToList();
        }
        if (mentions.Count > 0)
        {
            entry.Add(new StringField(IndexSchema.Cites, "1", Field.Store.NO));
            entry.Add(new StoredField(IndexSchema.CiteMentions, JsonSerializer.Serialize(mentions, Json)));
        }
        if (!regulation) return;
        // Number and paragraph only ("8:18 9:20"): the texts are read from the few cited documents when resolving.
        if (articles.Count > 0) entry.Add(new StoredField(IndexSchema.CiteArticles, string.Join(' ', articles.Select(a => $"{a.Number}:{a.Ordinal}"))));
        if (CitableArticles.InForceFrom(doc.Paragraphs) is { } from) entry.Add(new StoredField(IndexSchema.InForceFrom, from.ToString("yyyy-MM-dd")));
        if (CitableArticles.NumberedSince(doc.Paragraphs) is { } since) entry.Add(new StoredField(IndexSchema.NumberedSince, since.ToString("yyyy-MM-dd")));
    }

    /// <summary>Replaces the citation entries; returns how many citations were resolved.</summary>
    public int Rebuild(IndexWriter writer)
    {
        var regulations = new List<CitableRegulation>();
        var citing = new List<(string Id, string Title, string? Date, DateOnly? When, bool YearOnly, IReadOnlyList<CitationMention> Mentions)>();
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
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
                        DateOnly? since = DateOnly.TryParse(d.Get(IndexSchema.NumberedSince), out var s) ? s : null;
                        regulations.Add(new CitableRegulation(id, title, key, new CitableEdition(id, year, issued, from, since), Articles(articles)));
                    }
                    if (d.Get(IndexSchema.CiteMentions) is { } mentions)
                        citing.Add((id, title, date, when, date == null && when != null,
                            JsonSerializer.Deserialize<List<CitationMention>>(mentions, Json) ?? []));
                }
            }
        }
        var resolver = new CitationResolver(regulations, new ArticleTexts(new IndexSearcher(reader)).Text);
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

    private static Dictionary<int, int> Articles(string stored)
    {
        var map = new Dictionary<int, int>();
        foreach (var pair in stored.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (pair.Split(':') is [var n, var o] && int.TryParse(n, out var number) && int.TryParse(o, out var ordinal)) map[number] = ordinal;
        return map;
    }

    /// <summary>The articles' texts of the cited documents, read from their stored paragraphs once per document.</summary>
    private sealed class ArticleTexts(IndexSearcher searcher)
    {
        private readonly Dictionary<string, Dictionary<int, string>> _byId = new(StringComparer.Ordinal);
        private static readonly HashSet<string> ParagraphsOnly = [IndexSchema.ParagraphsJson];

        public string Text(CitableRegulation regulation, int number)
        {
            if (!_byId.TryGetValue(regulation.Id, out var texts))
            {
                var query = new BooleanQuery
                {
                    { new TermQuery(new Term(IndexSchema.Id, regulation.Id)), Occur.MUST },
                    { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindDocument)), Occur.MUST },
                };
                var top = searcher.Search(query, 1).ScoreDocs;
                var paragraphs = top.Length == 0 ? [] : StoredParagraph.Deserialize(StoredText.Read(searcher.Doc(top[0].Doc, ParagraphsOnly), IndexSchema.ParagraphsJson));
                texts = CitableArticles.Read(paragraphs.Select(p => new Paragraph(p.Ordinal, p.Text, p.HeadingPath, p.HeadingLevel)).ToList())
                    .ToDictionary(a => a.Number, a => a.Text);
                _byId[regulation.Id] = texts;
            }
            return texts.GetValueOrDefault(number, "");
        }
    }

    /// <summary>The stored citation table of a citation entry.</summary>
    public static IReadOnlyList<ResolvedCitation> ReadTable(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<ResolvedCitation>>(json, Json) ?? [];
}
