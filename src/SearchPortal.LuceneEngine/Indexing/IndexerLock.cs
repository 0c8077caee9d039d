namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// One indexer per index folder, across processes. Lucene.Net's NativeFSLockFactory does not stop a second
/// process on Linux (pinned by IndexCommandTests.Second_indexer_exits_1_while_the_first_holds_the_lock), so we hold
/// an OS-level exclusive lock (FileShare.None → flock on Unix) that the kernel releases if the process is killed.
/// </summary>
public sealed class IndexerLock : IDisposable
{
    public const string FileName = "indexer.lock";
    private readonly FileStream _stream;

    private IndexerLock(FileStream stream) => _stream = stream;

    public static IndexerLock Acquire(string indexPath)
    {
        Directory.CreateDirectory(indexPath);
        var path = Path.Combine(indexPath, FileName);
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            using (var w = new StreamWriter(stream, leaveOpen: true)) w.Write(Environment.ProcessId);
            return new IndexerLock(stream);
        }
        catch (IOException ex)
        {
            throw new IndexLockedException(Path.GetFullPath(indexPath), ex);
        }
    }

    public void Dispose() => _stream.Dispose();
}
