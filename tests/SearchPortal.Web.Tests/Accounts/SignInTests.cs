using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Accounts.Data;
using SearchPortal.Web.Security;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Accounts;

/// <summary>Sign-in, sign-out and lockout through the real pages and forms (anti-forgery tokens read from them).</summary>
[Collection(AccountsCollection.Name)]
public sealed class SignInTests(AccountsFactory site)
{
    private const string Password = "长城-守望-2024";

    [Fact]
    public async Task Signing_in_returns_to_the_page_asked_for_shows_the_name_and_signing_out_ends_the_session()
    {
        await site.CreateUserAsync("王晓明", Password, "reader", "纪检组");
        var session = new SignInSession(site.Browser());
        Assert.Null(await session.HeaderUserAsync());

        var response = await session.SignInAsync("王晓明", Password, "/search?q=党风廉政");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/search?q=%E5%85%9A%E9%A3%8E%E5%BB%89%E6%94%BF", response.Headers.Location!.OriginalString);
        Assert.Equal("王晓明", await session.HeaderUserAsync());

        var signOut = await session.SignOutAsync();
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Null(await session.HeaderUserAsync());
    }

    [Fact]
    public async Task The_principal_made_at_sign_in_carries_the_role_and_one_group_claim_per_group()
    {
        await site.CreateUserAsync("陈静", Password, "editor", "纪检组", "案管室");
        await using var scope = site.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync("陈静"))!;

        // The factory SignInManager (cookie) and ApiTokenHandler (Bearer) both use.
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>().CreateAsync(user);

        Assert.Equal("陈静", principal.Identity!.Name);
        Assert.True(principal.IsInRole(PortalClaims.EditorRole));
        Assert.False(principal.IsInRole(PortalClaims.AdminRole));
        Assert.Equal(["案管室", "纪检组"], principal.FindAll(PortalClaims.Group).Select(c => c.Value).Order());
    }

    [Fact]
    public async Task A_wrong_password_is_said_in_chinese_and_does_not_sign_in()
    {
        await site.CreateUserAsync("liwei", Password, "reader");
        var session = new SignInSession(site.Browser());

        var response = await session.SignInAsync("liwei", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("用户名或密码不正确。", page.QuerySelector(".account-card__error")!.TextContent);
        Assert.Null(await session.HeaderUserAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await site.CreateUserAsync("zhaolei", Password, "reader");
        var session = new SignInSession(site.Browser());
        for (var i = 0; i < 5; i++) await session.SignInAsync("zhaolei", "guess-" + i);

        var response = await session.SignInAsync("zhaolei", Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("账号已锁定", await response.Content.ReadAsStringAsync());
        Assert.Null(await session.HeaderUserAsync());
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in()
    {
        await site.CreateUserAsync("former", Password, "editor");
        await site.DisableAsync("former");

        var response = await new SignInSession(site.Browser()).SignInAsync("former", Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已被停用", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_sign_in_post_without_its_anti_forgery_token_is_refused()
    {
        await site.CreateUserAsync("noform", Password, "reader");
        var response = await site.Browser().PostAsync("/account/signin",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "noform", ["password"] = Password }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    public async Task A_return_address_off_the_site_is_replaced_by_the_home_page(string returnUrl)
    {
        await site.CreateUserAsync("redir" + returnUrl.Length, Password, "reader");
        var response = await new SignInSession(site.Browser()).SignInAsync("redir" + returnUrl.Length, Password, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_demo_admin_password_is_logged_once_and_signs_in()
    {
        _ = site.Server; // started
        var line = Assert.Single(site.Log, l => l.Contains("演示管理员"));
        var password = System.Text.RegularExpressions.Regex.Match(line, @"密码 (\S+)").Groups[1].Value;

        var session = new SignInSession(site.Browser());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync("admin", password)).StatusCode);
        Assert.Equal("admin", await session.HeaderUserAsync());
    }
}
