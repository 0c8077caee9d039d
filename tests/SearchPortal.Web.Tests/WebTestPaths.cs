namespace SearchPortal.Testing;

public static partial class TestPaths
{
    /// <summary>Extra real documents (and an XSS document) the web tests add to the test corpus (tests/fixtures/corpus/).</summary>
    public static string WebTestCorpus => Path.Combine(RepoRoot, "tests", "SearchPortal.Web.Tests", "TestCorpus");
}
