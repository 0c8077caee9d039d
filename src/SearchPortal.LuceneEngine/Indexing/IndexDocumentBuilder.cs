using Lucene.Net.Documents;
using Lucene.Net.Util;
using SearchPortal.LuceneEngine.Analysis;
using SearchPortal.Core.Documents;
using SearchPortal.Core.Reuse;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// Turns a <see cref="ParsedDocument"/> into its Lucene entries: the document entry first, then one entry per
/// paragraph. Each paragraph is analyzed once per analyzer; the document body replays those tokens.
/// </summary>
public sealed class IndexDocumentBuilder(IndexSchema schema)
{
    // One reusable token stream per indexing thread (see CachedTokensField).
    private readonly ThreadLocal<CachedTokenStream> _streams = new(() => new CachedTokenStream([]));
    private readonly ThreadLocal<ShingleTokenStream> _shingleStreams = new(() => new ShingleTokenStream());

    public IReadOnlyList<LuceneDocument> Build(ParsedDocument doc)
    {
        var meta = doc.Metadata;
        var smart = new AnalyzedText[doc.Paragraphs.Count];
        var bigram = new AnalyzedText[doc.Paragraphs.Count];
        for (var i = 0; i < doc.Paragraphs.Count; i++)
        {
            smart[i] = AnalyzedText.Analyze(schema.SmartCn, IndexSchema.Body, doc.Paragraphs[i].Text);
            bigram[i] = AnalyzedText.Analyze(schema.Bigram, IndexSchema.BodyBigram, doc.Paragraphs[i].Text);
        }

        var explained = doc.Paragraphs.Select(p => string.Join("\n", Explanations.Subjects(p))).ToArray();
        var entries = new List<LuceneDocument>(doc.Paragraphs.Count + 1);
        var d = new LuceneDocument
        {
            new StringField(IndexSchema.Id, doc.Id, Field.Store.YES),
            new StringField(IndexSchema.Kind, IndexSchema.KindDocument, Field.Store.NO),
            new TextField(IndexSchema.Title, meta.Title, Field.Store.YES),
            new TextField(IndexSchema.TitleBigram, meta.Title, Field.Store.NO),
            new StringField(IndexSchema.TitleExact, TitleNormalizer.Fold(meta.Title), Field.Store.NO),
            new CachedTokensField(IndexSchema.Body, smart, _streams),
            new CachedTokensField(IndexSchema.BodyBigram, bigram, _streams),
            new TextField(IndexSchema.Explain, string.Join("\n", explained.Where(e => e.Length > 0)), Field.Store.NO),
            new StoredField(IndexSchema.Hash, doc.ContentHash),
            // id → hash as doc values: an incremental run reads these instead of decompressing the large stored fields.
            new BinaryDocValuesField(IndexSchema.Id, new BytesRef(doc.Id)),
            new BinaryDocValuesField(IndexSchema.Hash, new BytesRef(doc.ContentHash)),
            new StoredField(IndexSchema.Length, doc.Length),
            new StoredField(IndexSchema.Format, doc.Format),
            new StoredField(IndexSchema.ParagraphCount, doc.Paragraphs.Count),
            new NumericDocValuesField(IndexSchema.DateSort, DateSortValue(meta)),
        };
        // Every document facet of the catalogue, so a facet added there (with its rule file) is indexed like the others.
        foreach (var facet in schema.Facets.Documents)
            foreach (var value in meta.FacetValues(facet.Field).Distinct()) AddFacet(d, facet.Field, value);
        var access = AccessTokens(meta);
        foreach (var token in access) d.Add(new StringField(IndexSchema.Access, token, Field.Store.YES));
        if (meta.Speaker.Length > 0) d.Add(new StoredField(IndexSchema.Speaker, meta.Speaker));
        if (meta.EditionKey.Length > 0)
        {
            d.Add(new StringField(IndexSchema.EditionKey, meta.EditionKey, Field.Store.YES));
            if (meta.EditionYear is { } editionYear) d.Add(new StoredField(IndexSchema.EditionYear, editionYear.ToString()));
            if (meta.RepealedBy.Length > 0) d.Add(new StoredField(IndexSchema.RepealedBy, meta.RepealedBy));
        }
        if (meta.Date is { } date) d.Add(new StoredField(IndexSchema.Date, date.ToString("yyyy-MM-dd")));
        // The large stored fields go last: a visitor that needs only the small ones (a result list) stops before them.
        d.Add(StoredText.Field(IndexSchema.ParagraphsJson, StoredParagraph.Serialize(doc.Paragraphs)));
        d.Add(StoredText.Field(IndexSchema.Original, doc.OriginalText));
        entries.Add(d);

        // The same id and kind field instances serve every paragraph entry: a Field reuses its token stream, while a
        // new StringField per entry built a new one (attribute creation showed up at 13 % of indexing time).
        var paragraphId = new StringField(IndexSchema.Id, doc.Id, Field.Store.YES);
        var paragraphKind = new StringField(IndexSchema.Kind, IndexSchema.KindParagraph, Field.Store.NO);
        // Paragraph entries carry the level too: the reuse check and 同段 search them directly.
        var paragraphAccess = access.Select(t => new StringField(IndexSchema.Access, t, Field.Store.NO)).ToList();
        for (var i = 0; i < doc.Paragraphs.Count; i++)
        {
            var p = doc.Paragraphs[i];
            var paragraph = new LuceneDocument
            {
                paragraphId,
                paragraphKind,
                new StoredField(IndexSchema.Ordinal, p.Ordinal),
                new StoredField(IndexSchema.HeadingPath, p.HeadingPath),
                new StoredField(IndexSchema.Text, p.Text),
                new CachedTokensField(IndexSchema.ParagraphBody, [smart[i]], _streams),
                new CachedTokensField(IndexSchema.ParagraphBodyBigram, [bigram[i]], _streams),
            };
            foreach (var a in paragraphAccess) paragraph.Add(a);
            if (explained[i].Length > 0) paragraph.Add(new TextField(IndexSchema.ParagraphExplain, explained[i], Field.Store.NO));
            var shingles = ReuseText.Shingles(ReuseText.Normalize(p.Text));
            if (shingles.Count > 0) paragraph.Add(new ShingleField(IndexSchema.ParagraphShingles, shingles, _shingleStreams));
            entries.Add(paragraph);
        }
        return entries;
    }

    /// <summary>The index tokens of the document's level (公开 when nothing set one: a document built outside an index run).</summary>
    public static IReadOnlyList<string> AccessTokens(DocumentMetadata meta) => (meta.Access ?? AccessLevel.Public).Tokens;

    /// <summary>yyyymmdd; a year alone sorts as its 1 January; 0 when unknown.</summary>
    public static long DateSortValue(DocumentMetadata meta) =>
        meta.Date is { } d ? d.Year * 10000L + d.Month * 100 + d.Day
        : meta.Year is { } y ? y * 10000L + 101 : 0;

    // Stored + indexed (filters) + sorted-set doc values (facet counts read ordinals only, never stored fields).
    private static void AddFacet(LuceneDocument d, string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        d.Add(new StringField(field, value, Field.Store.YES));
        d.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
