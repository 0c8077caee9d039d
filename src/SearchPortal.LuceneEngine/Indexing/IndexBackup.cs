using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>What <see cref="IndexBackup.Copy"/> copied: one commit, whole.</summary>
public sealed record IndexBackupResult(long Generation, string SegmentsFile, int Files, long Bytes, IReadOnlyDictionary<string, string> CommitData);

/// <summary>
/// Copies the latest commit of an index that a site reads and an indexer (another process) may be writing. Lucene
/// never changes a file once written; a commit is its segments_N plus the files it lists. The indexer's writer deletes
/// an older commit's files once it commits a newer one, so every file of the commit is opened first (an open file stays
/// readable after it is deleted, on Linux and with FileShare.Delete on Windows) and copied afterwards; if one was
/// already gone, a newer commit exists: start again from that one. A SnapshotDeletionPolicy would need the writer's
/// own process, and the indexer is a separate CLI run.
/// </summary>
public static class IndexBackup
{
    private const int Attempts = 20;

    public static IndexBackupResult Copy(string indexPath, string destination)
    {
        System.IO.Directory.CreateDirectory(destination);
        using var directory = FSDirectory.Open(indexPath);
        for (var attempt = 1; ; attempt++)
        {
            var opened = new List<(string Name, FileStream Stream)>();
            try
            {
                var commit = DirectoryReader.ListCommits(directory).Last();
                foreach (var name in commit.FileNames)
                    opened.Add((name, new FileStream(Path.Combine(indexPath, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete)));
                long bytes = 0;
                foreach (var (name, stream) in opened)
                {
                    using var target = File.Create(Path.Combine(destination, name));
                    stream.CopyTo(target);
                    bytes += stream.Length;
                }
                return new IndexBackupResult(commit.Generation, commit.SegmentsFileName, opened.Count, bytes,
                    new Dictionary<string, string>(commit.UserData));
            }
            catch (IOException) when (attempt < Attempts)
            {
                // A newer commit replaced this one while its files were being opened (FileNotFoundException), or the
                // newest segments_N was still being written when listed: a moment later, take the latest again.
                foreach (var file in System.IO.Directory.EnumerateFiles(destination)) File.Delete(file);
                Thread.Sleep(50 * attempt);
            }
            finally
            {
                foreach (var (_, stream) in opened) stream.Dispose();
            }
        }
    }
}
