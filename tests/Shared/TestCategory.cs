namespace SearchPortal.Testing;

/// <summary>
/// Trait values that tell slow tests apart: <c>./run-tests.sh --fast</c> leaves these out, <c>./run-tests.sh</c> runs
/// everything. Unmarked tests are fast (unit tests and in-process site tests over the small test corpus).
/// </summary>
public static class TestCategory
{
    public const string Name = "Category";
    /// <summary>Indexes or reads the 4,577 documents of ../shared/corpus (minutes on a first run).</summary>
    public const string SharedCorpus = "SharedCorpus";
    /// <summary>Starts another process: the CLI, a killed indexer, the published site.</summary>
    public const string Process = "Process";
    /// <summary>Drives headless Chromium against the site on Kestrel.</summary>
    public const string Browser = "Browser";
}
