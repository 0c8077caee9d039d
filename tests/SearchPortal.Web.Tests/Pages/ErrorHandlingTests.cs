using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>When the search service itself fails, users get a friendly page or a JSON error, never a stack trace.</summary>
public sealed class ErrorHandlingTests(ErrorHandlingTests.FailingPortalFactory _factory) : IClassFixture<ErrorHandlingTests.FailingPortalFactory>
{
    public sealed class FailingPortalFactory : PortalFactory
    {
        public FailingPortalFactory() => ServiceOverrides = services =>
        {
            services.RemoveAll<ISearchService>();
            services.RemoveAll<IDocumentStore>();
            services.AddSingleton<ISearchService, FailingEngine>();
            services.AddSingleton<IDocumentStore, FailingEngine>();
        };
    }

    /// <summary>An engine whose every call fails as a broken index would.</summary>
    private sealed class FailingEngine : ISearchService, IDocumentStore
    {
        private static Exception Boom() => new InvalidOperationException("index exploded at SECRET_PATH /var/index");
        public SearchResponse Search(SearchRequest request) => throw Boom();
        public IReadOnlyList<string> HighlightTerms(string query) => throw Boom();
        public DocumentView? Get(string id) => throw Boom();
        public IReadOnlyList<SearchHit> Similar(string id, int count) => throw Boom();
        public IndexStatistics Statistics() => throw Boom();
    }

    private static void NoLeak(string body)
    {
        Assert.DoesNotContain("SECRET_PATH", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain("   at ", body);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/documents/speeches/000_5847f394c549e8c0.txt")]
    public async Task Pages_show_the_friendly_error_page(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("出了点问题", body);
        Assert.Contains("Content-Security-Policy", string.Join(",", response.Headers.Select(h => h.Key)));
        NoLeak(body);
    }

    [Fact]
    public async Task The_results_page_keeps_the_query_and_says_the_search_failed()
    {
        var response = await _factory.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString("政治生态"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("政治生态", page.QuerySelector("input#q")!.GetAttribute("value"));
        Assert.Contains("无法执行", page.QuerySelector(".notice--error")!.TextContent);
        NoLeak(page.DocumentElement.OuterHtml);
    }

    [Theory]
    [InlineData("/api/search?q=x", HttpStatusCode.BadRequest)]
    [InlineData("/api/documents/speeches/000_5847f394c549e8c0.txt", HttpStatusCode.InternalServerError)]
    [InlineData("/healthz", HttpStatusCode.InternalServerError)]
    public async Task The_api_answers_json_errors(string url, HttpStatusCode status)
    {
        var response = await _factory.CreateClient().GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        NoLeak(body);
        using var json = JsonDocument.Parse(body);
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("error").GetString()));
    }
}
