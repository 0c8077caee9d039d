using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Directory = Lucene.Net.Store.Directory;

namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// One reusable searcher over the index folder (a SearcherManager), refreshed when the indexer commits.
/// A request acquires a searcher and releases it when done, so in-flight requests finish on the old reader.
/// Works before any index exists: <see cref="Use{T}"/> then gets null.
/// </summary>
public sealed class IndexSearcherProvider : IDisposable
{
    private readonly string _indexPath;
    private readonly IndexSchema _schema;
    private readonly ILogger _logger;
    private readonly object _openLock = new();
    private Directory? _directory;
    private SearcherManager? _manager;

    private readonly bool _memoryMapped;

    /// <param name="memoryMapped">Memory-map the index files (Lucene's default); false reads them with positional I/O (NIOFSDirectory).</param>
    public IndexSearcherProvider(string indexPath, IndexSchema schema, ILogger<IndexSearcherProvider>? logger = null, bool memoryMapped = true)
    {
        _indexPath = indexPath;
        _memoryMapped = memoryMapped;
        _schema = schema;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        TryOpen();
    }

    public IndexSchema Schema => _schema;

    /// <summary>Incremented on every reopen; caches keyed on it are invalidated by a commit.</summary>
    public long Generation { get; private set; }

    private bool TryOpen()
    {
        lock (_openLock)
        {
            if (_manager != null) return true;
            try
            {
                System.IO.Directory.CreateDirectory(_indexPath);
                _directory ??= _memoryMapped ? FSDirectory.Open(_indexPath) : new NIOFSDirectory(_indexPath);
                if (!DirectoryReader.IndexExists(_directory)) return false;
                _manager = new SearcherManager(_directory, new SimilarityFactory(_schema));
                Generation++;
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _logger.LogWarning(ex, "Index at {Path} could not be opened yet", _indexPath);
                return false;
            }
        }
    }

    /// <summary>Reopens the reader if the indexer committed since; cheap when nothing changed.</summary>
    public void MaybeRefresh()
    {
        if (_manager == null) { TryOpen(); return; }
        try
        {
            var before = _manager.Acquire();
            IndexReader oldReader;
            try { oldReader = before.IndexReader; } finally { _manager.Release(before); }
            _manager.MaybeRefresh();
            var after = _manager.Acquire();
            try
            {
                if (!ReferenceEquals(after.IndexReader, oldReader)) Generation++;
            }
            finally { _manager.Release(after); }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A commit in progress or a folder being rebuilt: keep serving the current reader.
            _logger.LogWarning(ex, "Index refresh failed; still serving the previous commit");
        }
    }

    /// <summary>Runs <paramref name="work"/> with a searcher (null when there is no index yet).</summary>
    public T Use<T>(Func<EngineSearcher?, T> work)
    {
        var manager = _manager;
        if (manager == null && !TryOpen()) return work(null);
        manager = _manager!;
        var searcher = manager.Acquire();
        try { return work((EngineSearcher)searcher); }
        finally { manager.Release(searcher); }
    }

    public void Dispose()
    {
        _manager?.Dispose();
        _directory?.Dispose();
    }

    private sealed class SimilarityFactory(IndexSchema schema) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new EngineSearcher(reader, schema);
    }
}
