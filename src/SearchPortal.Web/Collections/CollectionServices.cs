using Microsoft.Extensions.Options;
using SearchPortal.Core.Configuration;

namespace SearchPortal.Web.Collections;

public static class CollectionServices
{
    /// <summary>The database file, beside the accounts and audit data under SearchPortal:StatePath.</summary>
    public const string DatabaseFile = "collections.db";

    public static IServiceCollection AddCollections(this IServiceCollection services)
    {
        services.AddSingleton(sp => new CollectionStore(Path.Combine(sp.GetRequiredService<IOptions<SearchPortalOptions>>().Value.ResolvedStatePath, DatabaseFile)));
        services.AddSingleton<CollectionEditor>();
        services.AddSingleton<CollectionItemFactory>();
        return services;
    }
}
