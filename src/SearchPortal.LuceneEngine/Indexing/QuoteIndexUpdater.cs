using SearchPortal.Core.Quotes;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Documents;
using SearchPortal.LuceneEngine.Indexing;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// Keeps the quotation entries of the index in step with its documents. At index time each document gets one
/// occurrence entry per quotation it uses (<see cref="OccurrenceEntries"/>, written with the document, so updates
/// and deletions carry them along); after a run, <see cref="Rebuild"/> groups all occurrences into a
/// <see cref="QuoteCatalog"/> and replaces the <see cref="IndexSchema.KindQuote"/> entries. Both happen inside the
/// indexer's writer, so the new entries become visible with the run's final commit.
/// </summary>
public sealed class QuoteIndexUpdater(QuoteExtractor extractor)
{
    private static readonly HashSet<string> OccurrenceFields =
        [IndexSchema.Id, IndexSchema.Title, IndexSchema.Year, IndexSchema.Ordinal, IndexSchema.Text, IndexSchema.QuoteKeyField, IndexSchema.QuoteWho, IndexSchema.QuoteKindField, IndexSchema.Access];

    public static QuoteIndexUpdater Load(string dataPath) => new(QuoteExtractor.Load(dataPath));

    /// <summary>The occurrence entries of one document, to add to its entries.</summary>
    public IEnumerable<LuceneDocument> OccurrenceEntries(ParsedDocument doc) =>
        extractor.Extract(doc).Select(q =>
        {
            var d = new LuceneDocument
            {
                new StringField(IndexSchema.Id, q.Source.Id, Field.Store.YES),
                new StringField(IndexSchema.Kind, IndexSchema.KindQuoteOccurrence, Field.Store.NO),
                new StoredField(IndexSchema.QuoteKeyField, q.Key),
                new StoredField(IndexSchema.QuoteWho, q.Who),
                new StoredField(IndexSchema.QuoteKindField, q.Kind.ToApi()),
                new StoredField(IndexSchema.Text, q.Text),
                new StoredField(IndexSchema.Ordinal, q.Source.Ordinal),
                new StoredField(IndexSchema.Title, q.Source.Title),
            };
            if (q.Source.Year is { } year) d.Add(new StoredField(IndexSchema.Year, year.ToString()));
            foreach (var token in IndexDocumentBuilder.AccessTokens(doc.Metadata)) d.Add(new StoredField(IndexSchema.Access, token));
            return d;
        });

    /// <summary>Replaces the quotation entries from the occurrence entries; returns how many entries were written.</summary>
    public int Rebuild(IndexWriter writer)
    {
        var quotes = new List<Quote>();
        var access = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using (var reader = DirectoryReader.Open(writer, applyAllDeletes: true))
        {
            // Every live occurrence entry in doc-id order, from its kind's postings (a search for the top MaxDoc hits
            // allocated a queue the size of the whole index).
            var occurrence = new Term(IndexSchema.Kind, IndexSchema.KindQuoteOccurrence);
            foreach (var leaf in reader.Leaves)
            {
                var docs = leaf.AtomicReader.GetTermDocsEnum(occurrence);
                if (docs == null) continue;
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var d = leaf.AtomicReader.Document(doc, OccurrenceFields);
                    QuoteKinds.TryParse(d.Get(IndexSchema.QuoteKindField), out var kind);
                    var year = int.TryParse(d.Get(IndexSchema.Year), out var y) ? y : (int?)null;
                    var ordinal = d.GetField(IndexSchema.Ordinal)?.GetInt32Value() ?? 0;
                    access[d.Get(IndexSchema.Id)] = d.GetValues(IndexSchema.Access);
                    quotes.Add(new Quote(d.Get(IndexSchema.Text) ?? "", d.Get(IndexSchema.QuoteKeyField) ?? "", d.Get(IndexSchema.QuoteWho) ?? "", kind,
                        new QuoteSource(d.Get(IndexSchema.Id), d.Get(IndexSchema.Title) ?? "", ordinal, year)));
                }
            }
        }
        var catalog = QuoteCatalog.Build(quotes.Where(q => q.Key.Length > 0));
        writer.DeleteDocuments(KindQuery);
        writer.AddDocuments(catalog.Select(e => ToEntry(e, id => access.GetValueOrDefault(id) ?? [])));
        return catalog.Count;
    }
    private static Query KindQuery => new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindQuote));

    /// <param name="accessOf">A source document's access tokens: the entry is visible to a scope that sees one of its
    /// sources, and shows only those (<see cref="IndexSchema.QuoteSourceAccess"/>).</param>
    public static LuceneDocument ToEntry(QuoteEntry e, Func<string, IReadOnlyList<string>> accessOf)
    {
        var d = new LuceneDocument
        {
            new StringField(IndexSchema.Kind, IndexSchema.KindQuote, Field.Store.NO),
            new StringField(IndexSchema.QuoteKeyField, e.Key, Field.Store.YES),
            new StringField(IndexSchema.QuoteKindField, e.Kind.ToApi(), Field.Store.YES),
            new SortedSetDocValuesField(IndexSchema.QuoteKindField, new BytesRef(e.Kind.ToApi())),
            new StoredField(IndexSchema.Text, e.Text),
            // Analyzed by the writer's per-field analyzer: SmartCn for q_body, bigrams for q_body_bi.
            new TextField(IndexSchema.QuoteBody, e.Text, Field.Store.NO),
            new TextField(IndexSchema.QuoteBodyBigram, e.Text, Field.Store.NO),
            new StoredField(IndexSchema.QuoteCount, e.Count),
            new NumericDocValuesField(IndexSchema.QuoteCount, e.Count),
            new StoredField(IndexSchema.QuoteSources, JsonSerializer.Serialize(e.Sources)),
        };
        if (e.Who.Length > 0)
        {
            d.Add(new StringField(IndexSchema.QuoteWho, e.Who, Field.Store.YES));
            d.Add(new SortedSetDocValuesField(IndexSchema.QuoteWho, new BytesRef(e.Who)));
        }
        foreach (var id in e.Sources.Select(s => s.Id).Distinct()) d.Add(new StringField(IndexSchema.QuoteSourceId, id, Field.Store.NO));
        var sourceAccess = e.Sources.Select(s => accessOf(s.Id)).ToList();
        d.Add(new StoredField(IndexSchema.QuoteSourceAccess, JsonSerializer.Serialize(sourceAccess)));
        foreach (var token in sourceAccess.SelectMany(t => t).Distinct(StringComparer.Ordinal))
            d.Add(new StringField(IndexSchema.Access, token, Field.Store.NO));
        return d;
    }
}
