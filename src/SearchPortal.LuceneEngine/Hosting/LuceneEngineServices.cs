using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SearchPortal.Core.Configuration;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.LuceneEngine.Hosting;

/// <summary>
/// Registers the Lucene engine behind the contract's interfaces (<see cref="ISearchService"/>, <see cref="IDocumentStore"/>,
/// <see cref="IQuoteSearch"/>, <see cref="IReuseCheck"/>, <see cref="ISuggestService"/>, <see cref="ISearchIndex"/>): the one place a host names this engine.
/// </summary>
public static class LuceneEngineServices
{
    public static IServiceCollection AddLuceneSearchEngine(this IServiceCollection services)
    {
        services.AddSingleton(sp => IndexSchema.Load(Options(sp).ResolvedDataPath, sp.GetRequiredService<FacetCatalog>()));
        services.AddSingleton(sp => new IndexSearcherProvider(Options(sp).ResolvedIndexPath, sp.GetRequiredService<IndexSchema>(),
            sp.GetRequiredService<ILogger<IndexSearcherProvider>>(), memoryMapped: Options(sp).MemoryMapIndex));
        services.AddSingleton(sp => SearchEngine.Create(sp.GetRequiredService<IndexSearcherProvider>(), Options(sp), sp.GetRequiredService<SearchLimits>()));
        services.AddSingleton<ISearchService>(sp => sp.GetRequiredService<SearchEngine>().Documents);
        services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<SearchEngine>().Store);
        services.AddSingleton<IQuoteSearch>(sp => sp.GetRequiredService<SearchEngine>().Quotes);
        services.AddSingleton<IReuseCheck>(sp => sp.GetRequiredService<SearchEngine>().Reuse);
        services.AddSingleton<ISuggestService>(sp => sp.GetRequiredService<SearchEngine>().Suggest);
        services.AddSingleton<ISearchIndex>(sp => new LuceneSearchIndex(Options(sp), sp.GetRequiredService<IndexSchema>(),
            sp.GetRequiredService<IndexSearcherProvider>(), sp.GetRequiredService<ILoggerFactory>()));
        return services;
    }

    private static SearchPortalOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<SearchPortalOptions>>().Value;
}
