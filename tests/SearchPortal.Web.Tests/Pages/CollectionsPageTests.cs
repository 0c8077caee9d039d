using System.Net;
using System.Text.RegularExpressions;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>
/// The collections pages with plain form posts (no script): the 收藏 links on the document page, the search results and
/// the quotation finder, the save page, reordering with 上移/下移, removing; and a post without its anti-forgery token
/// refused with the friendly 400 page.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class CollectionsPageTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    private async Task<HttpResponseMessage> PostFormAsync(string url, string tokenPage, Dictionary<string, string> fields)
    {
        var token = TokenInput().Match(await _client.GetStringAsync(tokenPage)).Groups[1].Value;
        Assert.NotEmpty(token);
        fields["__RequestVerificationToken"] = token;
        return await _client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task Save_links_lead_to_a_page_that_saves_into_a_new_then_an_existing_collection()
    {
        var (key, ordinal, text) = await CollectionsApiTests.DemoMaterialAsync(_client);
        var (_, doc) = await _client.GetPageAsync("/documents/" + PortalFactory.SeedId);
        var link = doc.QuerySelector($"#p-{ordinal} a[data-save]")!.GetAttribute("href")!;
        Assert.StartsWith("/collections/save?doc=", link);
        var (_, search) = await _client.GetPageAsync("/search?q=" + Uri.EscapeDataString("政治谈话"));
        Assert.NotEmpty(search.QuerySelectorAll(".passage a[data-save]"));
        var (_, quotes) = await _client.GetPageAsync("/quotes?q=" + Uri.EscapeDataString("上级一把手"));
        Assert.Contains(quotes.QuerySelectorAll(".quote a[data-save]"), a => a.GetAttribute("href")!.Contains("key=" + Uri.EscapeDataString(key)));

        var (response, save) = await _client.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(text.Trim(), save.QuerySelector(".collection-item__text")!.TextContent);
        var fields = save.QuerySelectorAll(".collection-save__form input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        Assert.Equal("/documents/" + PortalFactory.SeedId, fields["return"]);
        fields["new_name"] = "页面收藏";
        var saved = await _client.PostAsync("/collections/save", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var done = Html.Parse(await saved.Content.ReadAsStringAsync());
        Assert.Contains("已收藏到“页面收藏”", done.QuerySelector(".notice--done")!.TextContent);
        var collectionUrl = done.QuerySelector(".notice--done a")!.GetAttribute("href")!;
        var id = collectionUrl.Split('/').Last();

        var quoteSave = await PostFormAsync("/collections/save", "/collections/save?key=" + Uri.EscapeDataString(key),
            new() { ["key"] = key, ["collection"] = id, ["return"] = "https://example.com/" });
        var quoteDone = Html.Parse(await quoteSave.Content.ReadAsStringAsync());
        Assert.Contains("共 2 条", quoteDone.QuerySelector(".notice--done")!.TextContent);
        Assert.Equal("/collections", quoteDone.QuerySelector(".collection-save p:last-child a")!.GetAttribute("href")); // no open redirect

        var (_, list) = await _client.GetPageAsync("/collections");
        Assert.Contains(list.QuerySelectorAll(".collection-list a"), a => a.TextContent == "页面收藏" && a.GetAttribute("href") == collectionUrl);

        // 上移 on the second item (the quotation) puts it first; 移除 takes the paragraph out.
        var (_, page) = await _client.GetPageAsync(collectionUrl);
        var items = page.QuerySelectorAll(".collection-item").Select(li => li.GetAttribute("data-item")!).ToList();
        Assert.Equal(2, items.Count);
        var moved = await PostFormAsync($"{collectionUrl}/items/{items[1]}/move", collectionUrl, new() { ["step"] = "-1" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        (_, page) = await _client.GetPageAsync(collectionUrl);
        Assert.Equal([items[1], items[0]], page.QuerySelectorAll(".collection-item").Select(li => li.GetAttribute("data-item")!));
        Assert.StartsWith("习近平总书记指出：", page.QuerySelector(".collection-item__text")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href$='/export?format=docx']"));

        await PostFormAsync($"{collectionUrl}/items/{items[0]}/remove", collectionUrl, []);
        (_, page) = await _client.GetPageAsync(collectionUrl);
        Assert.Equal([items[1]], page.QuerySelectorAll(".collection-item").Select(li => li.GetAttribute("data-item")!));
    }

    [Fact]
    public async Task Every_collections_form_carries_a_token_and_a_post_without_it_gets_the_friendly_400_page()
    {
        var created = await PostFormAsync("/collections", "/collections", new() { ["name"] = "表单测试" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var html = await _client.GetStringAsync(url);
        Assert.Equal(Regex.Matches(html, "<form[^>]+method=\"post\"").Count, TokenInput().Matches(html).Count);

        foreach (var (target, fields) in new (string, Dictionary<string, string>)[]
                 {
                     ("/collections", new() { ["name"] = "伪造" }),
                     ($"{url}/rename", new() { ["name"] = "伪造" }),
                     ($"{url}/delete", []),
                     ("/collections/save", new() { ["doc"] = PortalFactory.SeedId, ["p"] = "5", ["new_name"] = "伪造" }),
                     ("/reuse", new() { ["text"] = "开展政治谈话是落实主体责任的重要方式。" }),
                 })
        {
            var forged = await _client.PostAsync(target, new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
            var page = Html.Parse(await forged.Content.ReadAsStringAsync());
            Assert.Equal("请求无法处理", page.QuerySelector(".error-page h1")?.TextContent);
            Assert.Contains("刷新页面", page.QuerySelector(".error-page")!.TextContent);
        }
        var (_, after) = await _client.GetPageAsync(url);
        Assert.Equal("表单测试", after.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("伪造", await _client.GetStringAsync("/collections"));
    }

    [Fact]
    public async Task A_refused_name_is_said_on_the_page()
    {
        var response = await PostFormAsync("/collections", "/collections", new() { ["name"] = new string('廉', 60) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("收藏夹名称过长", page.QuerySelector(".notice--error")!.TextContent);
    }

    [Theory]
    [InlineData("https://localhost", true)]
    [InlineData("http://localhost", false)]
    public async Task Cookies_are_httponly_samesite_and_secure_over_https(string baseAddress, bool secure)
    {
        var client = factory.CreateClient(new() { BaseAddress = new Uri(baseAddress) });
        var response = await client.GetAsync("/collections");
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("sp_browser=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("sp_antiforgery=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.Contains("httponly", c);
            Assert.Matches("samesite=(lax|strict)", c);
            Assert.Equal(secure, c.Contains("; secure"));
        });
    }
}
