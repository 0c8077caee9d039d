using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SearchPortal.Core.Configuration;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Hosting;

/// <summary>The index folder as the site manages it: state, reopening on commits, and a full rebuild from the corpus.</summary>
public sealed class LuceneSearchIndex(SearchPortalOptions options, IndexSchema schema, IndexSearcherProvider provider, ILoggerFactory? loggers = null)
    : ISearchIndex
{
    private readonly ILoggerFactory _loggers = loggers ?? NullLoggerFactory.Instance;

    public IndexState State
    {
        get
        {
            var path = options.ResolvedIndexPath;
            if (!System.IO.Directory.Exists(path)) return IndexState.Missing;
            using var dir = FSDirectory.Open(path);
            if (!DirectoryReader.IndexExists(dir)) return IndexState.Missing;
            return schema.IsCurrent(dir) ? IndexState.Current : IndexState.Outdated;
        }
    }

    public long Generation => provider.Generation;

    public bool Refresh()
    {
        var before = provider.Generation;
        provider.MaybeRefresh();
        return provider.Generation != before;
    }

    public IndexRunSummary Rebuild(IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var indexer = CorpusIndexer.Create(options, _loggers.CreateLogger<CorpusIndexer>(), schema);
        try
        {
            return indexer.Run(options.ResolvedCorpusPath, options.ResolvedIndexPath, full: true, progress, cancellationToken);
        }
        finally
        {
            // Whatever was committed (all of it, or what a cancelled run got to) is served from now on.
            provider.MaybeRefresh();
        }
    }
}
