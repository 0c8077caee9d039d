using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Accounts;

/// <summary>SearchPortal:Access:Anonymous=none: pages send visitors to sign in, the API answers 401, /healthz stays open.</summary>
public sealed class ClosedSiteTests(ClosedSiteFactory site) : IClassFixture<ClosedSiteFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=%E7%BA%AA%E5%BE%8B")]
    [InlineData("/documents/" + PortalFactory.SeedId)]
    [InlineData("/quotes")]
    public async Task Pages_redirect_anonymous_visitors_to_sign_in(string path)
    {
        var response = await site.Browser().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/signin", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("/api/search?q=%E7%BA%AA%E5%BE%8B")]
    [InlineData("/api/documents/" + PortalFactory.SeedId)]
    [InlineData("/api/suggest?q=%E7%BA%AA")]
    public async Task The_api_answers_401_json(string path)
    {
        var response = await site.Browser().GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("登录", json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Health_the_sign_in_page_and_its_stylesheet_stay_open()
    {
        var client = site.Browser();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);
        var (response, page) = await client.GetPageAsync("/account/signin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("使用统一身份认证登录", page.QuerySelector(".account-card__sso")!.TextContent);
    }

    [Fact]
    public async Task A_signed_in_user_and_a_token_get_in()
    {
        await site.CreateUserAsync("insider", "closed-site-2024", "reader");
        var session = new SignInSession(site.Browser());
        await session.SignInAsync("insider", "closed-site-2024");
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/search?q=%E7%BA%AA%E5%BE%8B")).StatusCode);

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=%E7%BA%AA%E5%BE%8B");
        request.Headers.Authorization = new("Bearer", await site.IssueTokenAsync("insider"));
        Assert.Equal(HttpStatusCode.OK, (await site.Browser().SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Single_sign_on_is_registered_when_configured()
    {
        var schemes = site.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        var oidc = await schemes.GetSchemeAsync("oidc");
        Assert.NotNull(oidc);
        Assert.Equal("统一身份认证", oidc.DisplayName);
    }
}
