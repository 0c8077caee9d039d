using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>
/// When the engine itself fails, no controller hides it: every page reaches the site's one exception handler and
/// answers the friendly 500 page, every JSON endpoint a JSON 500; never a stack trace or an internal detail.
/// </summary>
public sealed class ErrorHandlingTests(ErrorHandlingTests.FailingPortalFactory _factory) : IClassFixture<ErrorHandlingTests.FailingPortalFactory>
{
    public sealed class FailingPortalFactory : PortalFactory
    {
        public FailingPortalFactory() => ServiceOverrides = services =>
        {
            services.RemoveAll<ISearchService>();
            services.RemoveAll<IDocumentStore>();
            services.RemoveAll<IQuoteSearch>();
            services.RemoveAll<IReuseCheck>();
            services.AddSingleton<FailingEngine>();
            services.AddSingleton<IReuseCheck>(p => p.GetRequiredService<FailingEngine>());
            services.AddSingleton<ISearchService>(p => p.GetRequiredService<FailingEngine>());
            services.AddSingleton<IDocumentStore>(p => p.GetRequiredService<FailingEngine>());
            services.AddSingleton<IQuoteSearch>(p => p.GetRequiredService<FailingEngine>());
        };
    }

    /// <summary>An engine whose every call fails as a broken index would.</summary>
    private sealed class FailingEngine : ISearchService, IDocumentStore, IQuoteSearch, IReuseCheck
    {
        /// <summary>A draft saying TOO_LARGE fails as Kestrel fails a body over the limit (a client error, 413).</summary>
        public ReuseReport Check(string? draft, AccessScope scope) => throw (draft == "TOO_LARGE"
            ? new Microsoft.AspNetCore.Http.BadHttpRequestException("Request body too large.", 413) : Boom());
        public IReadOnlyList<ParagraphEchoes> Echoes(string id, AccessScope scope) => throw Boom();
        private static Exception Boom() => new InvalidOperationException("index exploded at SECRET_PATH /var/index");
        public SearchResponse Search(SearchRequest request) => throw Boom();
        public IReadOnlyList<string> HighlightTerms(string query) => throw Boom();
        public DocumentView? Get(string id, AccessScope scope) => throw Boom();
        public IReadOnlyList<SearchHit> Similar(string id, int count, AccessScope scope) => throw Boom();
        public IndexStatistics Statistics(AccessScope scope) => throw Boom();
        public QuoteSearchResponse Search(QuoteSearchRequest request) => throw Boom();
        QuoteHit? IQuoteSearch.Get(string key, AccessScope scope) => throw Boom();
        public IReadOnlyList<QuoteHit> ForDocument(string id, AccessScope scope) => throw Boom();
        public IReadOnlyList<QuoteOccurrence> InDocument(string id, AccessScope scope) => throw Boom();
    }

    private static void NoLeak(string body)
    {
        Assert.DoesNotContain("SECRET_PATH", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain("   at ", body);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=%E6%94%BF%E6%B2%BB%E7%94%9F%E6%80%81")]
    [InlineData("/documents/speeches/000_5847f394c549e8c0.txt")]
    [InlineData("/quotes?q=%E8%B0%88%E5%BF%83%E8%B0%88%E8%AF%9D")]
    [InlineData("/quotes/some-key")]
    public async Task Pages_answer_the_friendly_500_page(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var page = Html.Parse(body);
        Assert.Equal("出了点问题", page.QuerySelector(".error-page h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("link[href^='/css/site.css']"));   // the site's own layout, styled
        Assert.Contains("Content-Security-Policy", string.Join(",", response.Headers.Select(h => h.Key)));
        NoLeak(body);
    }

    [Theory]
    [InlineData("/api/search?q=x")]
    [InlineData("/api/documents/speeches/000_5847f394c549e8c0.txt")]
    [InlineData("/api/similar?id=speeches/000_5847f394c549e8c0.txt")]
    [InlineData("/api/quotes?q=x")]
    [InlineData("/api/quotes/some-key")]
    [InlineData("/healthz")]
    public async Task Json_endpoints_answer_a_json_500(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        NoLeak(body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("系统暂时无法完成这个请求，请稍后再试。如果问题持续，请联系管理员。", json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_reuse_api_answers_a_json_500_and_a_body_over_the_limit_a_json_413()
    {
        var client = _factory.CreateClient();
        var failed = await client.PostAsync("/api/reuse", new StringContent("{\"text\":\"草稿\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        NoLeak(await failed.Content.ReadAsStringAsync());
        var tooLarge = await client.PostAsync("/api/reuse", new StringContent("{\"text\":\"TOO_LARGE\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        using var json = JsonDocument.Parse(await tooLarge.Content.ReadAsStringAsync());
        Assert.Contains("大小限制", json.RootElement.GetProperty("error").GetString());
    }
}
