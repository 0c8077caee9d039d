namespace SearchPortal.Core.Corpus;

/// <summary>
/// Lists the files under the corpus folder that a reader can read, sorted by id. Hidden entries are skipped and
/// symlinked directories are not followed (a symlink loop would otherwise never end); symlinked files are read.
/// The corpus's own files at its root (<see cref="RootNotes"/>: README.md, SOURCES.md, and the access rules access.txt)
/// describe it and are not documents.
/// </summary>
public sealed class CorpusScanner(Func<string, bool> canRead)
{
    public static readonly IReadOnlySet<string> RootNotes = new HashSet<string>(["README.md", "SOURCES.md", Access.AccessRules.FileName], StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<CorpusFile> Scan(string corpusPath, ICollection<(string Id, string Reason)>? skipped = null)
    {
        var root = Path.GetFullPath(corpusPath);
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"语料目录不存在 (corpus folder not found): {root}");
        var files = new List<CorpusFile>();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try { entries = dir.EnumerateFileSystemInfos().ToList(); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                skipped?.Add((ToId(root, dir.FullName), $"无法列出目录 ({ex.Message})"));
                continue;
            }
            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.')) continue;
                if (entry is DirectoryInfo sub)
                {
                    if (sub.LinkTarget != null) { skipped?.Add((ToId(root, sub.FullName), "符号链接目录未跟随 (symlinked directory not followed)")); continue; }
                    pending.Push(sub);
                }
                else if (entry is FileInfo file && canRead(file.Name) && !(IsRoot(dir, root) && RootNotes.Contains(file.Name)))
                {
                    try
                    {
                        files.Add(new CorpusFile(ToId(root, file.FullName), file.FullName, file.Length, file.LastWriteTimeUtc));
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        skipped?.Add((ToId(root, file.FullName), $"无法访问 ({ex.Message})"));
                    }
                }
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return files;
    }

    private static bool IsRoot(DirectoryInfo dir, string root) =>
        Path.TrimEndingDirectorySeparator(dir.FullName) == Path.TrimEndingDirectorySeparator(root);

    private static string ToId(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
