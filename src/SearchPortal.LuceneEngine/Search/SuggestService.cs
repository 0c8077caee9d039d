using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Suggestions as you type. The <see cref="SuggestionIndex"/> is built once per index reader (its
/// <see cref="ReaderState"/>) from the documents' stored titles, the lexicon and the quotation entries; a request is
/// a binary search in it, never a scan of the index.
/// </summary>
public sealed class SuggestService(IndexSearcherProvider provider, SearchRules rules, SearchLimits limits) : ISuggestService
{
    private static readonly HashSet<string> TitleFields = [IndexSchema.Id, IndexSchema.Title, IndexSchema.Date, IndexSchema.Access];
    private static readonly HashSet<string> QuoteFields = [IndexSchema.QuoteKeyField, IndexSchema.Text, IndexSchema.QuoteCount, IndexSchema.QuoteSourceAccess];

    /// <summary>Titles and quotations only of documents <paramref name="scope"/> may see; terms for everyone.</summary>
    public IReadOnlyList<Suggestion> Suggest(string? prefix, AccessScope scope)
    {
        var text = InputCleaner.Clean(prefix, limits.MaxQueryLength);
        if (text.Length == 0) return [];
        text = limits.CutQuery(text).Text;
        return provider.Use(searcher => searcher == null ? [] : Index(searcher).Lookup(text, limits.MaxSuggestions, scope));
    }

    /// <summary>The reader's suggestion index (built on first use).</summary>
    public SuggestionIndex Index(EngineSearcher searcher) => searcher.State.Get(Build);

    private SuggestionIndex Build(IndexReader reader)
    {
        var titles = Entries(reader, IndexSchema.KindDocument, TitleFields, d => new SuggestionIndex.TitleSource(
            d.Get(IndexSchema.Id) ?? "", d.Get(IndexSchema.Title) ?? "", DateNumber(d.Get(IndexSchema.Date)), d.GetValues(IndexSchema.Access)));
        var quotes = Entries(reader, IndexSchema.KindQuote, QuoteFields, d => new SuggestionIndex.QuoteSource(
            d.Get(IndexSchema.QuoteKeyField) ?? "", d.Get(IndexSchema.Text) ?? "", d.GetField(IndexSchema.QuoteCount)?.GetInt32Value() ?? 0,
            System.Text.Json.JsonSerializer.Deserialize<List<string[]>>(d.Get(IndexSchema.QuoteSourceAccess) ?? "[]")!.SelectMany(t => t).Distinct().ToList()));
        return new SuggestionIndex(titles, rules.Lexicon.Terms, quotes, rules.TitlePrefixes, limits);
    }

    private static List<T> Entries<T>(IndexReader reader, string kind, ISet<string> fields, Func<Lucene.Net.Documents.Document, T> read)
    {
        var list = new List<T>();
        var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), IndexSchema.Kind, new BytesRef(kind));
        if (docs == null) return list;
        while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) list.Add(read(reader.Document(docs.DocID, fields)));
        return list;
    }

    /// <summary>yyyy-MM-dd as yyyymmdd (0 when unknown), for "newest first".</summary>
    private static int DateNumber(string? date) =>
        date != null && int.TryParse(date.Replace("-", ""), out var n) ? n : 0;
}
