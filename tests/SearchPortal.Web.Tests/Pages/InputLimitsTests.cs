using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>
/// Every page and endpoint reads input the same way: one cleaner, one limits record (query length, page size, page),
/// odd input answered, never refused or failed.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class InputLimitsTests(PortalFactory factory)
{
    private static readonly SearchLimits Limits = SearchLimits.Default;
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private static string Enc(string s) => Uri.EscapeDataString(s);

    private async Task<JsonElement> JsonAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Theory]
    [InlineData("37", 37)]
    [InlineData("7", 7)]
    [InlineData("5", 5)]
    [InlineData("1", 1)]
    [InlineData("50", 50)]
    [InlineData("51", 50)]
    [InlineData("100000", 50)]
    [InlineData("0", 10)]
    [InlineData("-3", 10)]
    [InlineData("x", 10)]
    public async Task Api_search_and_api_quotes_take_the_same_page_size(string asked, int expected)
    {
        Assert.Equal(expected, Limits.ClampSize(int.TryParse(asked, out var n) ? n : 0));
        var documents = await JsonAsync("/api/search?sort=newest&size=" + asked);
        var quotes = await JsonAsync("/api/quotes?size=" + asked);
        foreach (var r in new[] { documents, quotes })
        {
            Assert.Equal(expected, r.GetProperty("size").GetInt32());
            Assert.Equal(Math.Min(expected, r.GetProperty("total").GetInt32()), r.GetProperty("hits").GetArrayLength());
        }
        // Both listings are longer than 5, so with size=5 the hit counts themselves show that a size the pages do not offer was used.
        Assert.True(documents.GetProperty("total").GetInt32() > 5 && quotes.GetProperty("total").GetInt32() > 5);
    }

    [Fact]
    public async Task The_results_page_uses_an_asked_size_and_its_picker_still_offers_the_usual_sizes()
    {
        var (response, page) = await _client.GetPageAsync("/search?sort=newest&size=7");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(7, page.QuerySelectorAll(".hit").Length);
        var options = page.QuerySelectorAll("#size option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["7", "10", "20", "50"], options);
        Assert.NotNull(page.QuerySelector("#size option[value='7'][selected]"));
        Assert.Contains("size=7", page.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));

        var (_, usual) = await _client.GetPageAsync("/search?sort=newest");
        Assert.Equal(Limits.PageSizes.Select(s => s.ToString()), usual.QuerySelectorAll("#size option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task A_300_character_query_is_cut_to_256_with_the_notice_on_every_page_and_endpoint()
    {
        var q = string.Concat(Enumerable.Repeat("政治生态", 75));
        Assert.Equal(300, q.Length);
        var notice = $"查询过长，只使用了前 {Limits.MaxQueryLength} 个字符。";
        Assert.Equal(256, Limits.MaxQueryLength);

        foreach (var api in new[] { "/api/search?q=", "/api/quotes?q=" })
        {
            var r = await JsonAsync(api + Enc(q));
            Assert.StartsWith(notice, r.GetProperty("notice").GetString());
        }
        foreach (var (url, box) in new[] { ("/search?q=", "input#q"), ("/quotes?q=", "input#quote-q") })
        {
            var (response, page) = await _client.GetPageAsync(url + Enc(q));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(page.QuerySelectorAll(".notice"), n => n.TextContent == notice);
            Assert.Equal(q[..256], page.QuerySelector(box)!.GetAttribute("value"));
            Assert.Equal("256", page.QuerySelector(box)!.GetAttribute("maxlength"));
        }
        // The document page marks what the cut query marks: it was cut too, so the breadcrumb's query is 256 long.
        var (_, doc) = await _client.GetPageAsync("/documents/" + PortalFactory.SeedId + "?q=" + Enc(q));
        Assert.Equal(q[..256], doc.QuerySelector("input#header-q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_query_longer_than_the_limit_is_cut_with_a_notice()
    {
        var q = "政治生态 " + new string('严', 3000);
        var (response, page) = await _client.GetPageAsync("/search?q=" + Enc(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("查询过长", page.QuerySelector(".notice")!.TextContent);
        Assert.Equal(Limits.MaxQueryLength, page.QuerySelector("input#q")!.GetAttribute("value")!.Length);
    }

    public static TheoryData<string> OddQueries => new()
    {
        "\"政治生态", "OR", "政治 OR", "-", "*", "?", "\\", "title:", "类型:", "year:2019..", "年份:abc..2020",
        "((((", "政治\u0000生态", "\u0001\u0002\u001b[31m", "\ud800政治", "政治\udfff", "<script>alert(1)</script>",
        "%00", "&amp;", "AND AND OR NOT", "\"\"", "-政治生态", new string('政', 5000), string.Concat(Enumerable.Repeat("政治 OR ", 400)),
        "🙂🙂🙂", "title:\"", "type:讲话 type:", "~", "政治^2", "[1 TO 2]", "{", "/", "/.*/",
    };

    [Theory]
    [MemberData(nameof(OddQueries))]
    public async Task Odd_queries_never_fail(string q)
    {
        foreach (var url in new[] { "/search?q=" + Enc(q), "/api/search?q=" + Enc(q), "/documents/" + PortalFactory.SeedId + "?q=" + Enc(q) })
        {
            var response = await _client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url[..Math.Min(80, url.Length)]} → {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Exception", body);
            Assert.DoesNotContain("   at ", body);
        }
    }

    [Theory]
    [InlineData("page=-1")]
    [InlineData("page=0")]
    [InlineData("page=1000000000")]
    [InlineData("page=abc")]
    [InlineData("size=-5")]
    [InlineData("size=100000")]
    [InlineData("size=x")]
    [InlineData("sort=sideways")]
    [InlineData("type=不存在的类型")]
    [InlineData("year=1066&year=abc")]
    [InlineData("expand=maybe")]
    [InlineData("q=%ED%A0%80")]
    [InlineData("q=%FF%FE")]
    public async Task Odd_parameters_are_clamped_or_ignored(string query)
    {
        var (response, page) = await _client.GetPageAsync("/search?q=" + Enc("政治") + "&" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".results-summary, .notice, .empty-state"));
        var api = await _client.GetAsync("/api/search?q=" + Enc("政治") + "&" + query);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        var size = json.RootElement.GetProperty("size").GetInt32();
        Assert.InRange(size, 10, 50);
        Assert.InRange(json.RootElement.GetProperty("page").GetInt32(), 1, 1000);
    }
}
