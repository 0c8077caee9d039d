using System.Net;

namespace SearchPortal.Web.Tests.Browser;

/// <summary>Over real HTTP on the loopback port (Kestrel's own limits and URL decoding, which the test server skips).</summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
[Collection(BrowserCollection.Name)]
public sealed class KestrelLimitsTests(BrowserFixture fixture)
{
    private HttpClient Client() => new() { BaseAddress = new Uri(fixture.BaseUrl) };

    [Fact]
    public async Task A_1000_character_Chinese_query_is_served_and_a_100_KB_query_is_refused_cleanly()
    {
        using var client = Client();
        var ok = await client.GetAsync("/search?q=" + Uri.EscapeDataString(new string('政', 1500)));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("查询过长", await ok.Content.ReadAsStringAsync());

        var huge = await client.GetAsync("/search?q=" + new string('a', 100_000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, huge.StatusCode);
    }

    [Theory]
    [InlineData("/documents/speeches/000_5847f394c549e8c0.txt%00")]
    [InlineData("/documents/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/documents/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/search?q=%00%ED%A0%80%FF")]
    public async Task Nul_bytes_and_traversal_over_http_are_never_a_500(string url)
    {
        using var client = Client();
        var response = await client.GetAsync(url);
        Assert.True((int)response.StatusCode is 200 or 400 or 404, $"{url} → {(int)response.StatusCode}");
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_request_body_is_refused_and_no_endpoint_changes_anything()
    {
        using var client = Client();
        var post = await client.PostAsync("/search", new StringContent(new string('x', 1000)));
        Assert.True((int)post.StatusCode is 404 or 405, $"POST /search → {(int)post.StatusCode}");
        var delete = await client.DeleteAsync("/api/documents/speeches/000_5847f394c549e8c0.txt");
        Assert.True((int)delete.StatusCode is 404 or 405, $"DELETE → {(int)delete.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/documents/speeches/000_5847f394c549e8c0.txt")).StatusCode);
    }

    [Fact]
    public async Task The_reuse_page_takes_an_upload_over_the_sites_64_KB_body_limit()
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(fixture.BaseUrl) };
        var form = await client.GetStringAsync("/reuse");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        // 200 KB that is not a Word file: read past the 64 KB limit, then said to be unreadable.
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("政治谈话是一个长期性的工作,近期省市纪委下发工作提示,明确要求各级党委尽快做好换届后的政治谈话工作。"), "text" },
            { new ByteArrayContent(new byte[200_000]), "file", "稿件.docx" },
        };
        var page = await client.PostAsync("/reuse", upload);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("无法读取上传的文件", html);
        Assert.Contains("<mark class=\"reuse-hit\"", html); // the pasted text was checked instead
        // Over 8 MB Kestrel answers 413 and closes the connection while the client still sends (a broken pipe for
        // HttpClient); the boundary's 413 is tested in ErrorHandlingTests.
    }
}
