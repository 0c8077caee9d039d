using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SearchPortal.Accounts;
using SearchPortal.Accounts.Users;
using SearchPortal.Core.Configuration;

namespace SearchPortal.Indexer;

/// <summary>
/// The account store as the site opens it (same database under StatePath, same Identity rules), for the `users` and
/// `audit` commands. Creates the database when the site has not yet.
/// </summary>
public static class AccountsHost
{
    public static async Task<ServiceProvider> OpenAsync(string[] args)
    {
        var configuration = IndexerConfiguration.Configuration(args);
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();
        services.AddSingleton(Options.Create(IndexerConfiguration.Load(args, null, null)));
        services.AddPortalAccountStore();
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountsBootstrap>().EnsureDatabaseAsync();
        return provider;
    }
}
