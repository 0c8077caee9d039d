using System.Net;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>Document text and queries never become markup or script: encoded passages and pages, security headers, no inline code. Over the index the site built itself from tests/fixtures/corpus/ + TestCorpus/ at start-up.</summary>
[Collection(PortalCollection.Name)]
public sealed class MarkupSafetyTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private static string Enc(string s) => Uri.EscapeDataString(s);

    [Fact]
    public async Task Passages_contain_no_markup_but_mark_and_document_markup_comes_back_encoded()
    {
        var (_, page) = await _client.GetPageAsync("/search?q=" + Enc("政治生态") + "&size=50");
        var texts = page.QuerySelectorAll(".passage__text");
        Assert.NotEmpty(texts);
        foreach (var t in texts)
            Assert.All(t.QuerySelectorAll("*"), e => Assert.Equal("MARK", e.TagName));

        // The XSS document: its text holds <script>, onerror= and onmouseover=; all must come back as text.
        var xss = page.QuerySelectorAll(".hit").Single(h => h.QuerySelector(".hit__title a")!.GetAttribute("href")!.Contains(Enc("脚本注入测试.txt")));
        Assert.Contains("<script>", xss.QuerySelector(".passages")!.TextContent);
        AssertOnlyOwnScripts(page);
        Assert.Empty(page.QuerySelectorAll("img, b, [onerror], [onmouseover]"));
    }

    /// <summary>The page's only scripts are the site's own files: the document's &lt;script&gt; text never became one.</summary>
    private static void AssertOnlyOwnScripts(AngleSharp.Dom.IDocument page) =>
        Assert.Equal(["/js/site.js", "/js/suggest.js", "/js/collections.js"], page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")?.Split('?')[0]));

    [Fact]
    public async Task Document_page_with_query_marks_terms_and_keeps_markup_as_text()
    {
        var (response, page) = await _client.GetPageAsync("/documents/" + string.Join('/', PortalFactory.XssId.Split('/').Select(Enc)) + "?q=" + Enc("政治生态"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<script>alert('body')</script>", page.QuerySelector(".document__body")!.TextContent);
        Assert.Contains("onerror=alert(3)", page.QuerySelector(".document__body")!.TextContent);
        AssertOnlyOwnScripts(page);
        Assert.Empty(page.QuerySelectorAll("img, b, [onerror], [onmouseover]"));
        var marks = page.QuerySelectorAll(".document__body mark");
        Assert.NotEmpty(marks);
        Assert.All(page.QuerySelectorAll(".document__body .para p *"), e => Assert.Equal("MARK", e.TagName));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=%E6%94%BF%E6%B2%BB")]
    [InlineData("/documents/speeches/000_5847f394c549e8c0.txt")]
    [InlineData("/documents/missing.txt")]
    [InlineData("/api/search?q=x")]
    [InlineData("/css/site.css")]
    [InlineData("/healthz")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await _client.GetAsync(url);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.NotEmpty(response.Headers.GetValues("Referrer-Policy"));
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style_or_event_handlers()
    {
        foreach (var url in new[] { "/", "/search?q=" + Enc("政治生态"), "/documents/" + PortalFactory.SeedId + "?q=" + Enc("政治"), "/nowhere" })
        {
            var (_, page) = await _client.GetPageAsync(url);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), url));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on")));
            Assert.Empty(page.QuerySelectorAll("link[href^='http'], script[src^='http']"));   // no CDN
        }
    }
}
