using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Indexing;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace SearchPortal.Core.Quotes;

/// <summary>
/// Keeps the quotation entries of the index in step with its documents: after an index run, extracts the
/// quotations of every document entry (from its stored paragraphs, so unchanged documents need no re-parsing),
/// groups them into a <see cref="QuoteCatalog"/> and replaces all <see cref="QuoteFields.KindQuote"/> entries.
/// Runs inside the indexer's writer, so the new entries become visible with the run's final commit.
/// </summary>
public sealed class QuoteIndexUpdater(QuoteExtractor extractor)
{
    private static readonly HashSet<string> DocumentFields = [IndexSchema.Id, IndexSchema.Title, IndexSchema.Year, IndexSchema.ParagraphsJson];

    public static QuoteIndexUpdater Load(string dataPath) => new(QuoteExtractor.Load(dataPath));

    /// <summary>True when the index the writer sees has quotation entries.</summary>
    public static bool HasEntries(IndexWriter writer)
    {
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        return new IndexSearcher(reader).Search(KindQuery, 1).TotalHits > 0;
    }

    /// <summary>Replaces the quotation entries; returns how many entries were written.</summary>
    public int Rebuild(IndexWriter writer)
    {
        var quotes = new List<Quote>();
        using (var reader = DirectoryReader.Open(writer, applyAllDeletes: true))
        {
            var searcher = new IndexSearcher(reader);
            var docs = new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindDocument));
            var top = searcher.Search(docs, Math.Max(1, reader.MaxDoc));
            foreach (var sd in top.ScoreDocs)
            {
                var d = reader.Document(sd.Doc, DocumentFields);
                var paragraphs = StoredParagraph.Deserialize(d.Get(IndexSchema.ParagraphsJson))
                    .Select(p => new Documents.Paragraph(p.Ordinal, p.Text, p.HeadingPath, p.HeadingLevel));
                var year = int.TryParse(d.Get(IndexSchema.Year), out var y) ? y : (int?)null;
                quotes.AddRange(extractor.Extract(d.Get(IndexSchema.Id), d.Get(IndexSchema.Title) ?? "", year, paragraphs));
            }
        }
        var catalog = QuoteCatalog.Build(quotes);
        writer.DeleteDocuments(KindQuery);
        writer.AddDocuments(catalog.Select(ToEntry));
        return catalog.Count;
    }

    private static Query KindQuery => new TermQuery(new Term(IndexSchema.Kind, QuoteFields.KindQuote));

    public static LuceneDocument ToEntry(QuoteEntry e)
    {
        var d = new LuceneDocument
        {
            new StringField(IndexSchema.Kind, QuoteFields.KindQuote, Field.Store.NO),
            new StringField(QuoteFields.Key, e.Key, Field.Store.YES),
            new StringField(QuoteFields.QuoteKind, e.Kind.ToApi(), Field.Store.YES),
            new StoredField(IndexSchema.Text, e.Text),
            // Analyzed by the writer's per-field analyzer: SmartCn for body, bigrams for body_bi.
            new TextField(IndexSchema.Body, e.Text, Field.Store.NO),
            new TextField(IndexSchema.BodyBigram, e.Text, Field.Store.NO),
            new StoredField(QuoteFields.Count, e.Count),
            new NumericDocValuesField(QuoteFields.Count, e.Count),
            new StoredField(QuoteFields.SourcesJson, JsonSerializer.Serialize(e.Sources)),
        };
        if (e.Who.Length > 0) d.Add(new StringField(QuoteFields.Who, e.Who, Field.Store.YES));
        foreach (var id in e.Sources.Select(s => s.Id).Distinct()) d.Add(new StringField(QuoteFields.SourceId, id, Field.Store.NO));
        return d;
    }
}
