using System.Net;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Accounts;

/// <summary>A browser-like client: cookies kept, redirects not followed, anti-forgery tokens read from the forms.</summary>
public sealed class SignInSession(HttpClient client)
{
    public HttpClient Client => client;

    /// <summary>Posts the sign-in form as a person would submit it; returns the answer (302 on success).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string user, string password, string? returnUrl = null)
    {
        var (_, page) = await client.GetPageAsync("/account/signin" + (returnUrl == null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        var form = page.QuerySelector("form.account-form") ?? throw new InvalidOperationException("no sign-in form");
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["userName"] = user;
        fields["password"] = password;
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    /// <summary>Clicks 退出 in the header.</summary>
    public async Task<HttpResponseMessage> SignOutAsync()
    {
        var (_, page) = await client.GetPageAsync("/");
        var form = page.QuerySelector("form.user-menu__signout") ?? throw new InvalidOperationException("no 退出 button: not signed in");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync(form.GetAttribute("action"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    /// <summary>The name in the header, or null when it offers 登录.</summary>
    public async Task<string?> HeaderUserAsync()
    {
        var (response, page) = await client.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelector(".user-menu__name")?.TextContent;
    }
}
