using Microsoft.Extensions.Options;
using SearchPortal.Core.Configuration;

namespace SearchPortal.Web.Infrastructure;

/// <summary>
/// At start-up, when the index folder holds no index yet, indexes the corpus folder before the site starts listening,
/// so a fresh checkout serves results on first run. An index of an older format is served while it is rebuilt in the
/// background. A current index is served as it is (the CLI updates it).
/// </summary>
public sealed class IndexBootstrapService(IOptions<SearchPortalOptions> options, ISearchIndex index, ILogger<IndexBootstrapService> logger)
    : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>The background rebuild of an index of an older format, if one was started (tests wait on it).</summary>
    public Task? Rebuild { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var state = index.State;
        if (state == IndexState.Current)
        {
            logger.LogInformation("Serving the index at {IndexPath}", o.ResolvedIndexPath);
            return Task.CompletedTask;
        }
        if (!Directory.Exists(o.ResolvedCorpusPath))
        {
            logger.LogWarning("No index at {IndexPath} and no corpus folder at {CorpusPath}: the site starts {How}",
                o.ResolvedIndexPath, o.ResolvedCorpusPath, state == IndexState.Missing ? "empty" : "with the index as it is");
            return Task.CompletedTask;
        }
        if (state == IndexState.Outdated)
        {
            // An older index still answers searches (without passages until rebuilt): serve it meanwhile, so an
            // upgrade does not keep the site down for a whole rebuild; the refresh timer opens the new commit.
            logger.LogInformation("The index at {IndexPath} has an older format: serving it while it is rebuilt from {CorpusPath}",
                o.ResolvedIndexPath, o.ResolvedCorpusPath);
            Rebuild = Task.Run(() => Build(_stopping.Token, background: true));
            return Task.CompletedTask;
        }

        logger.LogInformation("No index at {IndexPath}: indexing {CorpusPath} first", o.ResolvedIndexPath, o.ResolvedCorpusPath);
        Build(cancellationToken, background: false);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // A rebuild stopped half-way leaves the last commit readable; the next start or indexer run completes it.
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    private void Build(CancellationToken cancellationToken, bool background)
    {
        try
        {
            var s = index.Rebuild(new LoggingProgress(logger), cancellationToken);
            logger.LogInformation("Start-up indexing finished: {Added} documents, {Paragraphs} paragraphs, {Failed} failed, {Seconds:0.0} s",
                s.Added, s.Paragraphs, s.Failed, s.Seconds);
            foreach (var f in s.Failures) logger.LogWarning("Not indexed: {Id}: {Reason}", f.Id, f.Reason);
        }
        catch (IndexLockedException ex)
        {
            // Another indexer is building it: serve what gets committed; the refresh timer picks it up.
            logger.LogWarning("{Message}; the site starts and shows documents as they are committed", ex.Message);
        }
        catch (OperationCanceledException)
        {
            logger.LogInformation("Start-up indexing stopped with the site");
        }
        catch (Exception ex) when (background)
        {
            // A background task has no caller to report to: log it; the site keeps serving the older index.
            logger.LogError(ex, "Rebuilding the index failed; still serving the older one");
        }
    }

    /// <summary>Logs indexing progress at most every two seconds (a report per file would flood the console).</summary>
    private sealed class LoggingProgress(ILogger logger) : IProgress<IndexProgress>
    {
        private DateTime _last = DateTime.MinValue;

        public void Report(IndexProgress value)
        {
            var now = DateTime.UtcNow;
            if (now - _last < TimeSpan.FromSeconds(2) && value.Done != value.Total) return;
            _last = now;
            logger.LogInformation("Indexing {Done}/{Total}: {Current}", value.Done, value.Total, value.CurrentId);
        }
    }
}
