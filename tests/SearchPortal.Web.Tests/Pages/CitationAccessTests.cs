using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>
/// 被引用 lists only documents the reader may see: the Q&amp;A citing 《党委（党组）落实全面从严治党主体责任规定》第十六条 is
/// 限定:审计 in AccessCorpus/access.txt (qa/**), the regulation is 公开.
/// </summary>
[Collection(AccessPortalCollection.Name)]
public sealed class CitationAccessTests(AccessPortalFactory factory)
{
    private const string Qa = "qa/提醒谈话和谈话提醒有何不同.md";
    private const string Regulation = "regulations/党委_党组_落实全面从严治党主体责任规定.md";

    private async Task<IReadOnlyList<string>> CitingArticle16(string? user)
    {
        var path = string.Join("/", Regulation.Split('/').Select(Uri.EscapeDataString));
        using var json = JsonDocument.Parse(await factory.ClientFor(user).GetStringAsync("/api/documents/" + path));
        var article = json.RootElement.GetProperty("paragraphs").EnumerateArray()
            .First(p => p.GetProperty("text").GetString()!.Trim().StartsWith("第十六条"));
        return article.TryGetProperty("cited_by", out var citedBy)
            ? citedBy.EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList()
            : [];
    }

    [Fact]
    public async Task A_citing_document_the_reader_may_not_see_is_not_listed()
    {
        Assert.Equal([Qa], await CitingArticle16("b"));  // 审计 sees qa/**
        Assert.Empty(await CitingArticle16("a"));        // 纪检 does not
        Assert.Empty(await CitingArticle16(null));       // nor does an anonymous visitor
    }
}
