namespace SearchPortal.Core.Configuration;

/// <summary>
/// Settings shared by the site and the CLI, bound from the "SearchPortal" configuration section
/// (appsettings.json, SearchPortal__IndexPath, --SearchPortal:IndexPath=…).
/// </summary>
public sealed class SearchPortalOptions
{
    public const string SectionName = "SearchPortal";

    /// <summary>Folder of documents to index; relative paths are resolved against the working directory.</summary>
    public string CorpusPath { get; set; } = "corpus";

    /// <summary>Folder holding the Lucene index.</summary>
    public string IndexPath { get; set; } = "index";

    /// <summary>
    /// Folder for the site's own state (accounts, audit log, collections: embedded SQLite databases), shared by the
    /// site and the CLI like IndexPath; never inside the index folder, which a rebuild replaces.
    /// </summary>
    public string StatePath { get; set; } = "state";

    /// <summary>Folder with the editable rule files (topics, types, lexicon…); empty = the copy shipped beside the binaries.</summary>
    public string DataPath { get; set; } = "";

    /// <summary>How often the site checks the index for a new commit.</summary>
    public double RefreshSeconds { get; set; } = 2;

    /// <summary>
    /// How the site reads the index files: false (default) reads them through the OS page cache with positional reads,
    /// so they do not count towards the site's resident memory; true memory-maps them (Lucene's default on 64-bit),
    /// which puts every touched index page in the process's RSS.
    /// </summary>
    public bool MemoryMapIndex { get; set; }

    public const int DefaultMaxFileMegabytes = 32;

    /// <summary>Files larger than this are reported and skipped by the indexer (memory stays bounded).</summary>
    public int MaxFileMegabytes { get; set; } = DefaultMaxFileMegabytes;

    /// <summary>Document access levels (SearchPortal:Access:DefaultLevel, SearchPortal:Access:Anonymous).</summary>
    public AccessOptions Access { get; set; } = new();

    public string ResolvedCorpusPath => Path.GetFullPath(CorpusPath);
    public string ResolvedIndexPath => Path.GetFullPath(IndexPath);
    public string ResolvedStatePath => Path.GetFullPath(StatePath);
    public string ResolvedDataPath => string.IsNullOrWhiteSpace(DataPath)
        ? Path.Combine(AppContext.BaseDirectory, "Data")
        : Path.GetFullPath(DataPath);
}

/// <summary>SearchPortal:Access: the level of documents neither access.txt nor front matter place, and what anonymous visitors see.</summary>
public sealed class AccessOptions
{
    public const string AnonymousPublic = "public";
    public const string AnonymousNone = "none";

    /// <summary>公开 (default: a corpus without access.txt behaves as before), 内部 or 限定:GROUP.</summary>
    public string DefaultLevel { get; set; } = AccessLevel.PublicText;

    /// <summary><c>public</c> (default): anonymous visitors see 公开 documents; <c>none</c>: they see nothing.</summary>
    public string Anonymous { get; set; } = AnonymousPublic;

    public bool IsValid => AccessLevel.TryParse(DefaultLevel, out _) && Anonymous is AnonymousPublic or AnonymousNone;

    /// <summary>The parsed default level; an invalid setting is refused at start-up (see <see cref="IsValid"/>).</summary>
    public AccessLevel ParsedDefaultLevel => AccessLevel.TryParse(DefaultLevel, out var level)
        ? level : throw new InvalidOperationException($"SearchPortal:Access:DefaultLevel “{DefaultLevel}” 无效（应为 公开、内部 或 限定:组名）");
}
