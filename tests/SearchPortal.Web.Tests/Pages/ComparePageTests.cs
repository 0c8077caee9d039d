using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>
/// 新旧对照 on the site: the 2018 and 2024 editions of 国务院关于经营者集中申报标准的规定 (TestCorpus/regulations)
/// compared by the API and the page, reachable from the old edition's page.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ComparePageTests(PortalFactory factory)
{
    private const string Old = "regulations/国务院关于经营者集中申报标准的规定(2018-09-18).md";
    private const string Current = "regulations/国务院关于经营者集中申报标准的规定(2024-01-22).md";
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private static string Query => "a=" + Uri.EscapeDataString(Old) + "&b=" + Uri.EscapeDataString(Current);

    [Fact]
    public async Task The_api_aligns_the_two_editions_article_by_article()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/compare?" + Query));
        var root = json.RootElement;
        Assert.Equal(Old, root.GetProperty("a").GetString());
        Assert.Equal(Current, root.GetProperty("b").GetString());
        var summary = root.GetProperty("summary");
        var articles = root.GetProperty("articles").EnumerateArray().ToList();
        var total = new[] { "changed", "added", "deleted", "moved", "unchanged" }.Sum(k => summary.GetProperty(k).GetInt32());
        Assert.Equal(articles.Count, total);
        Assert.True(summary.GetProperty("changed").GetInt32() >= 1);
        // 第三条: the turnover thresholds were raised in 2024 (100亿 → 120亿 …); the change is marked inside the article.
        var third = articles.Single(a => a.GetProperty("b_number").ValueKind == JsonValueKind.Number && a.GetProperty("b_number").GetInt32() == 3);
        Assert.Equal(3, third.GetProperty("a_number").GetInt32());
        Assert.Equal("changed", third.GetProperty("change").GetString());
        Assert.Contains("<ins>", third.GetProperty("b_html").GetString());
        Assert.Contains("<del>", third.GetProperty("a_html").GetString());

        var missing = await _client.GetAsync("/api/compare?a=nowhere.md&b=" + Uri.EscapeDataString(Current));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_page_shows_the_rows_and_is_linked_from_the_old_edition()
    {
        var (_, doc) = await _client.GetPageAsync("/documents/" + string.Join("/", Old.Split('/').Select(Uri.EscapeDataString)));
        var link = doc.QuerySelector(".notice--superseded a.editions__compare")!.GetAttribute("href")!;
        var (response, page) = await _client.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("新旧对照", page.QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("tr.compare__row--changed ins"));
        Assert.Contains("修改", page.QuerySelector(".compare__summary")!.TextContent);
    }
}
