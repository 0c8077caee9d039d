using SearchPortal.Core.Configuration;
using SearchPortal.Core.Quotes;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// The Lucene engine's search side, assembled once over one searcher provider: the query compiler and the passes are
/// shared by document and quotation search, so a query is compiled once whichever entries it is asked of.
/// </summary>
public sealed class SearchEngine
{
    public SearchEngine(IndexSearcherProvider provider, SearchRules rules, QuoteRules quoteRules, SearchLimits? limits = null)
    {
        limits ??= SearchLimits.Default;
        Compiler = new QueryCompiler(provider.Schema, rules);
        var passes = new SearchPasses(Compiler);
        Documents = new DocumentSearch(provider, Compiler, passes, new HitReader(limits), new ZeroHitAdvisor(), limits, new WithinMatcher(limits));
        Store = new DocumentStore(provider, limits);
        Quotes = new QuoteSearchService(provider, Compiler, passes, quoteRules, limits);
        Reuse = new ReuseChecker(provider, limits);
        Suggest = new SuggestService(provider, rules, limits);
    }

    /// <summary>Rule files (lexicon, synonyms, quotation speakers) from the options' data folder.</summary>
    public static SearchEngine Create(IndexSearcherProvider provider, SearchPortalOptions options, SearchLimits? limits = null) =>
        new(provider, SearchRules.Load(options.ResolvedDataPath), QuoteRules.Load(options.ResolvedDataPath), limits);

    public QueryCompiler Compiler { get; }
    public DocumentSearch Documents { get; }
    public DocumentStore Store { get; }
    public QuoteSearchService Quotes { get; }
    public ReuseChecker Reuse { get; }
    public SuggestService Suggest { get; }
}
