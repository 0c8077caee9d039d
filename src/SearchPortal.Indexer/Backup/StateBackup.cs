using Microsoft.Data.Sqlite;

namespace SearchPortal.Indexer.Backup;

/// <summary>
/// Copies every SQLite database under StatePath (accounts, audit log, collections…) with SQLite's online backup API:
/// a consistent copy while the site writes, WAL included. A database is recognised by its header, not its name; the
/// -wal/-shm/-journal side files are not databases and are folded in by the backup. The data-protection keys are copied as files.
/// </summary>
public static class StateBackup
{
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();

    public sealed record Copied(string File, long Bytes);

    public static IReadOnlyList<Copied> Copy(string statePath, string destination)
    {
        var copied = new List<Copied>();
        if (!Directory.Exists(statePath)) return copied;
        foreach (var path in Directory.EnumerateFiles(statePath, "*", SearchOption.AllDirectories).Where(IsDatabase).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(statePath, path);
            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using (var source = Open(path, SqliteOpenMode.ReadOnly))
            using (var copy = Open(target, SqliteOpenMode.ReadWriteCreate))
                source.BackupDatabase(copy);
            copied.Add(new Copied(relative.Replace(Path.DirectorySeparatorChar, '/'), new FileInfo(target).Length));
        }
        // The data-protection keys (written once, never changed in place): without them a restored site could not read
        // its own sign-in cookies and anti-forgery tokens, and everyone would be signed out.
        var keys = Path.Combine(statePath, "keys");
        if (Directory.Exists(keys))
            foreach (var key in Directory.EnumerateFiles(keys, "*.xml").Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(statePath, key);
                var target = Path.Combine(destination, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(key, target);
                copied.Add(new Copied(relative.Replace(Path.DirectorySeparatorChar, '/'), new FileInfo(target).Length));
            }
        return copied;
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        // No pooling: a pooled connection would keep the file open after the backup.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static bool IsDatabase(string path)
    {
        if (path.EndsWith("-wal", StringComparison.Ordinal) || path.EndsWith("-shm", StringComparison.Ordinal) || path.EndsWith("-journal", StringComparison.Ordinal))
            return false;
        Span<byte> head = stackalloc byte[16];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(Header);
    }
}
