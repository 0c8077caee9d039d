using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SearchPortal.Accounts;
using SearchPortal.Accounts.Data;
using SearchPortal.Web.Models;
using SearchPortal.Web.Security;

namespace SearchPortal.Web.Controllers;

/// <summary>Sign-in (local account or the organisation's single sign-on) and sign-out.</summary>
[AllowAnonymous]
public sealed class AccountController(SignInManager<PortalUser> signIn, IOptions<AccountOptions> accounts) : Controller
{
    [HttpGet("/account/signin")]
    public IActionResult SignIn(string? returnUrl) => View(Model(returnUrl));

    [HttpPost("/account/signin")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SignIn([FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl)
    {
        var name = (userName ?? "").Trim();
        if (name.Length == 0 || string.IsNullOrEmpty(password))
            return View(Model(returnUrl, name, "请输入用户名和密码。"));
        var result = await signIn.PasswordSignInAsync(name, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl(returnUrl));
        var error = result.IsLockedOut
            ? $"账号已锁定：密码连续错误次数过多（{accounts.Value.LockoutMinutes:0} 分钟后可再试），或账号已被停用。如有疑问请联系管理员。"
            : "用户名或密码不正确。";
        return View(Model(returnUrl, name, error));
    }

    [HttpPost("/account/signout")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SignOutPost()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    /// <summary>Starts the organisation's single sign-on; 404 when it is not configured.</summary>
    [HttpGet("/account/external")]
    public IActionResult External(string? returnUrl) => accounts.Value.Oidc.IsConfigured
        ? Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl(returnUrl) }, PortalAuthentication.OidcScheme)
        : NotFound();

    private SignInPageModel Model(string? returnUrl, string userName = "", string? error = null) => new()
    {
        UserName = userName,
        ReturnUrl = SafeReturnUrl(returnUrl),
        Error = error,
        OidcName = accounts.Value.Oidc.IsConfigured ? accounts.Value.Oidc.DisplayName : null,
    };

    // Only a path on this site (an open redirect would make the sign-in page a phishing helper), percent-encoded: a
    // Location header must be ASCII, and a return address like /search?q=党风 is not.
    private string SafeReturnUrl(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url)
        ? new Uri(new Uri("http://site"), url).PathAndQuery
        : "/";
}
