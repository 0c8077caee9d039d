using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>
/// Article citations on the site (法条联想), over corpus/ + TestCorpus/: a ccdi-kb Q&amp;A cites
/// 《党委（党组）落实全面从严治党主体责任规定》第十六条 (in TestCorpus/regulations) and 《中国共产党党内监督条例》第二十一条
/// (not in the corpus: plain text); the 2024 edition of 国务院关于经营者集中申报标准的规定 cites 本规定第三条 and 第四条 (itself).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CitationLinkTests(PortalFactory factory)
{
    private const string Qa = "qa/提醒谈话和谈话提醒有何不同.md";
    private const string Excerpt = "regulations/党委_党组_落实全面从严治党主体责任规定.md";
    private const string Rules2024 = "regulations/国务院关于经营者集中申报标准的规定(2024-01-22).md";
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private static string Path(string id) => string.Join("/", id.Split('/').Select(Uri.EscapeDataString));

    private async Task<JsonElement> Document(string id)
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/documents/" + Path(id)));
        return json.RootElement.Clone();
    }

    private static int ArticleParagraph(JsonElement doc, string label) =>
        doc.GetProperty("paragraphs").EnumerateArray().First(p => p.GetProperty("text").GetString()!.Trim().StartsWith(label)).GetProperty("ordinal").GetInt32();

    [Fact]
    public async Task Every_paragraph_carries_its_citations_resolved_to_the_article()
    {
        var qa = await Document(Qa);
        var paragraphs = qa.GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.All(paragraphs, p => Assert.Equal(JsonValueKind.Array, p.GetProperty("citations").ValueKind));
        var citations = paragraphs.SelectMany(p => p.GetProperty("citations").EnumerateArray()).ToList();
        var citation = citations.First();
        Assert.Equal("《党委（党组）落实全面从严治党主体责任规定》第十六条", citation.GetProperty("text").GetString());
        Assert.Equal(Excerpt, citation.GetProperty("target_id").GetString());
        Assert.Equal(16, citation.GetProperty("article").GetInt32());
        Assert.Equal(ArticleParagraph(await Document(Excerpt), "第十六条"), citation.GetProperty("target_paragraph").GetInt32());
        // 《中国共产党党内监督条例》 is not in this corpus: its 第二十一条 stays text, never a guess.
        Assert.All(citations, c => Assert.Equal(Excerpt, c.GetProperty("target_id").GetString()));
        Assert.DoesNotContain(citations, c => c.GetProperty("text").GetString()!.Contains("党内监督条例"));
    }

    [Fact]
    public async Task The_page_links_a_citation_to_the_article_with_its_text_as_hover()
    {
        var target = ArticleParagraph(await Document(Rules2024), "第三条");
        var (response, page) = await _client.GetPageAsync("/documents/" + Path(Rules2024));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = page.QuerySelectorAll("a.cite-ref").ToList();
        var third = links.First(a => a.TextContent == "本规定第三条");
        Assert.Equal("/documents/" + Path(Rules2024) + "#p-" + target, third.GetAttribute("href"));
        Assert.Contains("第三条", third.GetAttribute("title"));
        Assert.Contains(links, a => a.TextContent == "第四条" && a.GetAttribute("data-article") == "4"); // 第三条和第四条
        // The words around stay text: only the citation is the link.
        Assert.DoesNotContain(links, a => a.TextContent.Contains("规定的申报标准"));
    }

    [Fact]
    public async Task An_article_lists_the_documents_citing_it()
    {
        var excerpt = await Document(Excerpt);
        var article = ArticleParagraph(excerpt, "第十六条");
        var citedBy = excerpt.GetProperty("paragraphs").EnumerateArray().First(p => p.GetProperty("ordinal").GetInt32() == article).GetProperty("cited_by");
        Assert.Equal(Qa, Assert.Single(citedBy.EnumerateArray()).GetProperty("id").GetString());

        var (_, page) = await _client.GetPageAsync("/documents/" + Path(Excerpt));
        var cited = page.QuerySelector($"#p-{article} .para__cited")!;
        Assert.Contains("被 1 篇文档引用", cited.QuerySelector("summary")!.TextContent);
        Assert.Equal("/documents/" + Path(Qa), cited.QuerySelector("a")!.GetAttribute("href"));
    }
}
