namespace SearchPortal.Web.Tests;

/// <summary>The site talks to the engine only through the contract: its compiled code names no Lucene type.</summary>
public sealed class WebLayeringTests
{
    [Fact]
    public void The_site_assembly_does_not_reference_lucene()
    {
        var references = typeof(Program).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, n => n.StartsWith("Lucene", StringComparison.Ordinal));
        Assert.Contains("SearchPortal.Contracts", references);
    }

    [Fact]
    public void The_accounts_library_knows_no_engine()
    {
        var references = typeof(SearchPortal.Accounts.Data.PortalDbContext).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, n => n.StartsWith("Lucene", StringComparison.Ordinal) || n == "SearchPortal.LuceneEngine");
    }

    [Fact]
    public void The_site_sources_name_no_lucene_namespace()
    {
        var web = Path.Combine(TestPaths.RepoRoot, "src", "SearchPortal.Web");
        var offenders = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => File.ReadAllText(f).Contains("Lucene.Net", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(offenders);
    }
}
