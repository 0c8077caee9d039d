namespace SearchPortal.Testing;

/// <summary>Shared by every test project (linked, not copied). Locates the repository (the folder with SearchPortal.sln) and the shared data beside it.</summary>
public static partial class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>
    /// The small test corpus (the seed speech and 11 sample documents, tests/fixtures/corpus/): what the unit and
    /// in-process site tests index and assert on. The repository's corpus/ is the demo corpus for people.
    /// </summary>
    public static string Corpus => Path.Combine(RepoRoot, "tests", "fixtures", "corpus");

    /// <summary>PDFs made from real text with LibreOffice (tools/pdf-fixtures/make.py): headers, footers, page numbers, a scan.</summary>
    public static string PdfFixtures => Path.Combine(RepoRoot, "tests", "fixtures", "pdf");

    public static string Data => Path.Combine(RepoRoot, "src", "SearchPortal.Core", "Data");

    /// <summary>The seed speech, as committed in the test corpus.</summary>
    public static string Seed => Path.Combine(Corpus, "speeches", "000_5847f394c549e8c0.txt");

    /// <summary>../shared/corpus: 4,577 real documents, present only in this workplace.</summary>
    public static string SharedCorpus => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus"));

    public static bool HasSharedCorpus => Directory.Exists(SharedCorpus);

    public const string NoSharedCorpus = "../shared/corpus is absent (outside this workplace): test skipped.";

    public static string NewTempDir(string prefix = "sp-test")
    {
        var dir = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SearchPortal.sln"))) return dir.FullName;
        throw new InvalidOperationException("SearchPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
