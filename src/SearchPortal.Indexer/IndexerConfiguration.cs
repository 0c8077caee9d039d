using Microsoft.Extensions.Configuration;
using SearchPortal.Core.Configuration;

namespace SearchPortal.Indexer;

/// <summary>
/// Binds <see cref="SearchPortalOptions"/> the same way the site does: appsettings.json, environment
/// (SearchPortal__IndexPath) and --SearchPortal:IndexPath=… arguments; --corpus/--index win over all of them.
/// </summary>
public static class IndexerConfiguration
{
    public static SearchPortalOptions Load(string[] args, string? corpus, string? index)
    {
        var configuration = Configuration(args);
        var options = new SearchPortalOptions();
        configuration.GetSection(SearchPortalOptions.SectionName).Bind(options);
        if (!string.IsNullOrWhiteSpace(corpus)) options.CorpusPath = corpus;
        if (!string.IsNullOrWhiteSpace(index)) options.IndexPath = index;
        return options;
    }

    /// <summary>appsettings.json, environment, --SearchPortal:… arguments (the accounts' settings are read from it too).</summary>
    public static IConfiguration Configuration(string[] args)
    {
        var configArgs = args.Where(a => a.StartsWith("--" + SearchPortalOptions.SectionName, StringComparison.OrdinalIgnoreCase)).ToArray();
        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(configArgs)
            .Build();
    }

    /// <summary>Removes --SearchPortal:… arguments so the command-line parser does not reject them.</summary>
    public static string[] CommandArguments(string[] args) =>
        args.Where(a => !a.StartsWith("--" + SearchPortalOptions.SectionName, StringComparison.OrdinalIgnoreCase)).ToArray();
}
