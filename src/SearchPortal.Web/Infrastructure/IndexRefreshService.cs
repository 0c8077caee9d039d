using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using SearchPortal.Core.Configuration;

namespace SearchPortal.Web.Infrastructure;

/// <summary>
/// Reopens the index reader after the indexer commits, so the site serves new documents without restart; builds the
/// new reader's suggestion index here, so no keystroke waits for it.
/// </summary>
public sealed class IndexRefreshService(ISearchIndex index, ISuggestService suggestions, IOutputCacheStore outputCache, IOptions<SearchPortalOptions> options, ILogger<IndexRefreshService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshSeconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    if (index.Refresh())
                    {
                        await outputCache.EvictByTagAsync(IndexBoundOutputCache.Tag, stoppingToken);
                        suggestions.Suggest(SearchWarmupService.WarmupQuery, AccessScope.Anonymous); // builds the reader's suggestion index
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A timer tick has no request to answer, so no error page would ever show this: log it, and
                    // never let a bad refresh stop the timer (the current reader keeps serving).
                    logger.LogError(ex, "Index refresh failed");
                }
            }
        }
        catch (OperationCanceledException) { }
    }
}
