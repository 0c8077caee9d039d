using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SearchPortal.Accounts.Data;
using SearchPortal.Accounts.Users;

namespace SearchPortal.Web.Security;

/// <summary>
/// "Authorization: Bearer TOKEN" for the JSON API. The principal is built by Identity's claims factory, so a token user
/// carries the same name, roles and group claims as after a sign-in. A wrong token is answered 401 JSON.
/// </summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokens tokens, IUserClaimsPrincipalFactory<PortalUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    private const string Bearer = "Bearer ";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(Bearer, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request)) return AuthenticateResult.NoResult();
        var token = Request.Headers.Authorization.ToString()[Bearer.Length..].Trim();
        var user = await tokens.FindUserAsync(token, Context.RequestAborted);
        if (user == null) return AuthenticateResult.Fail("invalid or revoked API token");
        var claims = (await principals.CreateAsync(user)).Claims;
        var identity = new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = HasBearer(Request) ? "Bearer error=\"invalid_token\"" : "Bearer";
        return JsonChallenge.WriteAsync(Response, StatusCodes.Status401Unauthorized,
            HasBearer(Request) ? JsonChallenge.InvalidToken : JsonChallenge.Unauthorized);
    }
}
