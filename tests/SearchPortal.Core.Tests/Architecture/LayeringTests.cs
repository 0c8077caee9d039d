using System.Reflection;
using System.Text.RegularExpressions;

namespace SearchPortal.Core.Tests.Architecture;

/// <summary>
/// The layers run one way: Corpus → Documents (quotation extraction included) → Indexing → Search, and the contract
/// depends on nothing. Checked on the compiled assemblies (what they reference) and on the sources (which namespaces
/// each layer names), so a loop cannot come back unnoticed.
/// </summary>
public sealed class LayeringTests
{
    private static string Src(params string[] parts) => Path.Combine([TestPaths.RepoRoot, "src", .. parts]);

    [Fact]
    public void The_contract_references_no_other_assembly_of_the_product_and_no_engine()
    {
        var references = typeof(FacetCatalog).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, n => n.StartsWith("Lucene", StringComparison.Ordinal));
        Assert.DoesNotContain(references, n => n.StartsWith("SearchPortal", StringComparison.Ordinal));
    }

    [Fact]
    public void The_engine_neutral_core_does_not_reference_lucene()
    {
        var core = typeof(SearchPortal.Core.Documents.DocumentParser).Assembly;
        Assert.DoesNotContain(core.GetReferencedAssemblies(), a => a.Name!.StartsWith("Lucene", StringComparison.Ordinal));
    }

    [Fact]
    public void No_public_signature_of_the_contract_uses_an_engine_type()
    {
        var types = typeof(FacetCatalog).Assembly.GetExportedTypes();
        var signatureTypes = types.SelectMany(t =>
            t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .SelectMany(SignatureTypes));
        Assert.All(signatureTypes, t => Assert.False(t.Namespace?.StartsWith("Lucene", StringComparison.Ordinal) == true, t.FullName));
    }

    [Theory]
    [InlineData("SearchPortal.LuceneEngine/Indexing", "SearchPortal.LuceneEngine.Search", "Search.")]
    [InlineData("SearchPortal.LuceneEngine/Analysis", "SearchPortal.LuceneEngine.Search", "Search.")]
    [InlineData("SearchPortal.LuceneEngine/Analysis", "SearchPortal.LuceneEngine.Indexing", "Indexing.")]
    [InlineData("SearchPortal.Core/Corpus", "SearchPortal.Core.Documents", "Documents.")]
    [InlineData("SearchPortal.Core/Documents", "SearchPortal.Core.Quotes", "Quotes.")]
    public void A_lower_layer_does_not_name_a_higher_one(string folder, string higherNamespace, string qualifiedPrefix)
    {
        var offenders = Directory.EnumerateFiles(Src(folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => Mentions(File.ReadAllText(f), higherNamespace, qualifiedPrefix))
            .Select(f => Path.GetRelativePath(TestPaths.RepoRoot, f))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void No_source_file_is_longer_than_300_lines()
    {
        var roots = new[] { Path.Combine(TestPaths.RepoRoot, "src"), Path.Combine(TestPaths.RepoRoot, "tests") };
        var tooLong = roots.SelectMany(r => Directory.EnumerateFiles(r, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => (File: Path.GetRelativePath(TestPaths.RepoRoot, f), Lines: File.ReadLines(f).Count()))
            .Where(x => x.Lines > 300)
            .Select(x => $"{x.File}: {x.Lines}")
            .ToList();
        Assert.Empty(tooLong);
    }

    private static bool Mentions(string source, string ns, string qualifiedPrefix)
    {
        var code = Regex.Replace(source, @"//.*$", "", RegexOptions.Multiline); // comments may name any layer
        return code.Contains(ns, StringComparison.Ordinal)
            || Regex.IsMatch(code, @"(?<![\w.])" + Regex.Escape(qualifiedPrefix) + @"[A-Z]");
    }

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        PropertyInfo p => [p.PropertyType],
        FieldInfo f => [f.FieldType],
        MethodInfo m => [m.ReturnType, .. m.GetParameters().Select(p => p.ParameterType)],
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
        _ => [],
    };
}
