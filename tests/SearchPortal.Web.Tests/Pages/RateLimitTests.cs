using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>A site with tiny limits (2 searches, 1 reuse check per 10 minutes) and the client address taken from a test header.</summary>
public sealed class RateLimitedPortalFactory : PortalFactory
{
    public const string AddressHeader = "X-Test-Address";

    public RateLimitedPortalFactory() => ServiceOverrides = services => services.AddTransient<IStartupFilter, TestAddressFilter>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SearchPortal:RateLimits:Search:PermitLimit", "2");
        builder.UseSetting("SearchPortal:RateLimits:Search:WindowSeconds", "600");
        builder.UseSetting("SearchPortal:RateLimits:Reuse:PermitLimit", "1");
        builder.UseSetting("SearchPortal:RateLimits:Reuse:WindowSeconds", "600");
    }

    /// <summary>The test server has no client address; this sets one per request, as a proxy's forwarded header would.</summary>
    private sealed class TestAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(AddressHeader, out var address)) context.Connection.RemoteIpAddress = IPAddress.Parse(address!);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Abuse limits: search and reuse answer 429 with Retry-After and a Chinese message, per client address.</summary>
public sealed class RateLimitTests(RateLimitedPortalFactory factory) : IClassFixture<RateLimitedPortalFactory>
{
    private HttpClient Client(string address)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(RateLimitedPortalFactory.AddressHeader, address);
        return client;
    }

    [Fact]
    public async Task Search_over_the_limit_gets_429_with_retry_after_as_json_and_as_a_page_per_address()
    {
        var a = Client("10.0.0.1");
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/api/search?q=" + Uri.EscapeDataString("政治谈话"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/search?q=" + Uri.EscapeDataString("政治谈话"))).StatusCode);

        var api = await a.GetAsync("/api/search?q=" + Uri.EscapeDataString("巡察"));
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        var seconds = (int)api.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        Assert.InRange(seconds, 1, 600);
        var error = (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
        Assert.Equal($"您在短时间内的请求次数超过了限制，请 {seconds} 秒后再试。", error);

        var page = await a.GetAsync("/search?q=" + Uri.EscapeDataString("巡察"));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        var html = Html.Parse(await page.Content.ReadAsStringAsync());
        Assert.Equal("请求过于频繁", html.QuerySelector(".error-page h1")!.TextContent);
        Assert.Contains("script-src 'self'", string.Join(" ", page.Headers.GetValues("Content-Security-Policy")));

        // Reading is not limited, and another address has its own allowance.
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/documents/" + PortalFactory.SeedId)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client("10.0.0.2").GetAsync("/api/search?q=" + Uri.EscapeDataString("巡察"))).StatusCode);
    }

    [Fact]
    public async Task The_reuse_check_has_its_own_smaller_limit()
    {
        var c = Client("10.0.0.9");
        Assert.Equal(HttpStatusCode.OK, (await c.PostAsJsonAsync("/api/reuse", new { text = "开展政治谈话是落实主体责任的重要方式。" })).StatusCode);
        var refused = await c.PostAsJsonAsync("/api/reuse", new { text = "开展政治谈话是落实主体责任的重要方式。" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.StartsWith("您在短时间内的请求次数超过了限制", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/api/search?q=" + Uri.EscapeDataString("巡察"))).StatusCode);
    }
}
