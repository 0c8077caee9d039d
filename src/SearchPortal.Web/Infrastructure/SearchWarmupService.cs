
namespace SearchPortal.Web.Infrastructure;

/// <summary>
/// Runs one search in the background while the host is still starting, so the first real request does not pay for
/// what every search needs once: opening the index, loading the SmartCn dictionaries, the per-reader statistics and
/// title tables, the suggestion index (≈0.16 s, else paid by the first keystroke), and JIT-compiling the search path
/// (≈0.7 s together on the shared corpus). It does not delay start-up:
/// the server listens meanwhile, and a request that arrives first simply shares the work.
/// </summary>
public sealed class SearchWarmupService(IServiceProvider services, ILogger<SearchWarmupService> logger) : IHostedService
{
    /// <summary>Any ordinary query works: it only has to go through analysis, matching, facets and passages.</summary>
    public const string WarmupQuery = "工作";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(Warm, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Warm()
    {
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var response = services.GetRequiredService<ISearchService>().Search(new SearchRequest { Query = WarmupQuery });
            services.GetRequiredService<ISuggestService>().Suggest(WarmupQuery, AccessScope.Anonymous);
            logger.LogInformation("Search warm-up: {Total} hits in {Ms} ms", response.Total, clock.ElapsedMilliseconds);
        }
        catch (Exception ex)
        {
            // Nobody awaits this task, so only the log would tell. It is only a head start: a real fault shows again,
            // through the site's error handler, on the first request that meets it.
            logger.LogWarning(ex, "Search warm-up failed");
        }
    }
}
