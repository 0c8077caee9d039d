using System.Text.RegularExpressions;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The site over tests/fixtures/corpus/ plus a digest that copies one paragraph of the seed speech word for word.</summary>
public sealed class EchoPortalFactory : PortalFactory
{
    public const string DigestId = "notices/政治谈话讲话摘编.txt";

    public static string CopiedParagraph { get; } =
        File.ReadLines(TestPaths.Seed).First(l => l.StartsWith("二是自身有责任", StringComparison.Ordinal)).Trim();

    public EchoPortalFactory()
    {
        Directory.CreateDirectory(Path.Combine(CorpusPath, "notices"));
        File.WriteAllText(Path.Combine(CorpusPath, DigestId),
            "政治谈话讲话摘编\n（2021年9月3日）\n\n" + CopiedParagraph + "\n\n本期摘编由县纪委办公室整理，供各支部学习讨论时参考使用。\n");
    }
}

/// <summary>The document page's 另见 N 篇: a paragraph that also appears in another document links to it, both ways.</summary>
public sealed class ParagraphEchoTests(EchoPortalFactory factory) : IClassFixture<EchoPortalFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_copied_paragraph_shows_see_also_one_document_on_both_pages_and_no_other_paragraph_does()
    {
        var seed = await _client.GetStringAsync(DocumentLinks(PortalFactory.SeedId));
        Assert.Single(Regex.Matches(seed, "另见 1 篇"));
        Assert.Matches("<details class=\"para__echoes\">\\s*<summary>另见 1 篇</summary>\\s*<ul>\\s*<li><a href=\"/documents/notices/"
            + Regex.Escape(Uri.EscapeDataString("政治谈话讲话摘编.txt")) + "#p-\\d+\">政治谈话讲话摘编</a>", seed);

        var digest = await _client.GetStringAsync(DocumentLinks(EchoPortalFactory.DigestId));
        Assert.Single(Regex.Matches(digest, "另见 1 篇"));
        var seedParagraph = Regex.Match(seed, "id=\"p-(\\d+)\"[^>]*>\\s*<p>二是自身有责任").Groups[1].Value;
        Assert.NotEmpty(seedParagraph);
        Assert.Contains("href=\"/documents/speeches/000_5847f394c549e8c0.txt#p-" + seedParagraph + "\"", digest);
    }

    private static string DocumentLinks(string id) => "/documents/" + string.Join('/', id.Split('/').Select(Uri.EscapeDataString));
}
