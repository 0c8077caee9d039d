using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;
using SearchPortal.Core.Configuration;
using SearchPortal.Core.Documents;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Web.Infrastructure;

/// <summary>
/// At start-up, when the index folder holds no index yet (or one of an older format), indexes the corpus folder before
/// the site starts listening, so a fresh checkout serves results on first run. A current index is served as it is (the
/// CLI updates it).
/// </summary>
public sealed class IndexBootstrapService(
    IOptions<SearchPortalOptions> options,
    IndexSchema schema,
    IndexSearcherProvider provider,
    ILoggerFactory loggerFactory) : IHostedService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<IndexBootstrapService>();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var state = IndexState(o.ResolvedIndexPath);
        if (state == State.Current)
        {
            _logger.LogInformation("Serving the index at {IndexPath}", o.ResolvedIndexPath);
            return Task.CompletedTask;
        }
        if (!System.IO.Directory.Exists(o.ResolvedCorpusPath))
        {
            _logger.LogWarning("No index at {IndexPath} and no corpus folder at {CorpusPath}: the site starts empty",
                o.ResolvedIndexPath, o.ResolvedCorpusPath);
            return Task.CompletedTask;
        }

        _logger.LogInformation(state == State.Missing ? "No index at {IndexPath}: indexing {CorpusPath} first"
            : "The index at {IndexPath} has an older format: rebuilding it from {CorpusPath} first", o.ResolvedIndexPath, o.ResolvedCorpusPath);
        var indexer = CorpusIndexer.Create(o, loggerFactory.CreateLogger<CorpusIndexer>(), schema);
        try
        {
            var s = indexer.Run(o.ResolvedCorpusPath, o.ResolvedIndexPath, full: true, new LoggingProgress(_logger), cancellationToken);
            _logger.LogInformation("Start-up indexing finished: {Added} documents, {Paragraphs} paragraphs, {Failed} failed, {Seconds:0.0} s",
                s.Added, s.Paragraphs, s.Failed, s.Seconds);
            foreach (var f in s.Failures) _logger.LogWarning("Not indexed: {Id}: {Reason}", f.Id, f.Reason);
        }
        catch (IndexLockedException ex)
        {
            // Another indexer is building it: serve what gets committed; the refresh timer picks it up.
            _logger.LogWarning("{Message}; the site starts and shows documents as they are committed", ex.Message);
        }
        provider.MaybeRefresh();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private enum State { Missing, Outdated, Current }

    private static State IndexState(string indexPath)
    {
        if (!System.IO.Directory.Exists(indexPath)) return State.Missing;
        using var dir = FSDirectory.Open(indexPath);
        if (!DirectoryReader.IndexExists(dir)) return State.Missing;
        return IndexSchema.IsCurrentFormat(dir) ? State.Current : State.Outdated;
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
