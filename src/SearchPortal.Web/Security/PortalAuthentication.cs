using SearchPortal.Core.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SearchPortal.Accounts;

namespace SearchPortal.Web.Security;

/// <summary>
/// Who the visitor is: the local account cookie (Identity), an API token (Bearer), or an organisation's OpenID Connect
/// sign-in when SearchPortal:Auth:Oidc is configured; and whether anonymous visitors are let in at all.
/// </summary>
public static class PortalAuthentication
{
    /// <summary>The default scheme: a Bearer header goes to the token handler, everything else to the cookie.</summary>
    public const string Scheme = "SearchPortal";
    public const string OidcScheme = "oidc";

    public static IServiceCollection AddPortalAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalAccountStore().AddSignInManager();

        var auth = services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(Scheme, Scheme, o => o.ForwardDefaultSelector = context =>
                ApiTokenHandler.HasBearer(context.Request) ? ApiTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        auth.AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(ConfigureCookie));
        // A disabled account's cookie stops working within a minute (its security stamp changed), not after 30.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        var oidc = configuration.GetSection(AccountOptions.SectionName).Get<AccountOptions>()?.Oidc ?? new OidcOptions();
        if (oidc.IsConfigured) auth.AddOpenIdConnect(OidcScheme, oidc.DisplayName, o => ConfigureOidc(o, oidc));

        services.AddAuthorization();
        // Anonymous = none: every endpoint without [AllowAnonymous] (sign-in, /healthz, error pages) needs a user.
        // The setting is SearchPortalOptions.Access (validated at start with the other SearchPortal options).
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<SearchPortalOptions>>((o, portal) =>
        {
            if (portal.Value.Access.Anonymous == AccessOptions.AnonymousNone) o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.LoginPath = "/account/signin";
        o.LogoutPath = "/account/signout";
        o.AccessDeniedPath = "/account/denied";
        o.ReturnUrlParameter = "returnUrl";
        o.Cookie.Name = "sp.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        var validate = o.Events.OnValidatePrincipal;
        o.Events.OnValidatePrincipal = context =>
            OidcClaimsMapper.IsExternal(context.Principal) ? ExpireExternal(context) : validate(context);
        // /api answers 401/403 JSON; pages redirect to sign-in, or show the 403 page.
        o.Events.OnRedirectToLogin = context => JsonChallenge.IsApi(context.Request)
            ? JsonChallenge.WriteAsync(context.Response, StatusCodes.Status401Unauthorized, JsonChallenge.Unauthorized)
            : Redirect(context);
        o.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void ConfigureOidc(OpenIdConnectOptions o, OidcOptions oidc)
    {
        o.Authority = oidc.Authority;
        o.ClientId = oidc.ClientId;
        o.ClientSecret = string.IsNullOrEmpty(oidc.ClientSecret) ? null : oidc.ClientSecret;
        o.ResponseType = "code";
        o.UsePkce = true;
        o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
        o.SignInScheme = IdentityConstants.ApplicationScheme;
        o.CallbackPath = "/signin-oidc";
        o.MapInboundClaims = false;
        o.GetClaimsFromUserInfoEndpoint = true;
        o.SaveTokens = false;
        foreach (var scope in oidc.Scopes) o.Scope.Add(scope);
        o.Events.OnTokenValidated = context =>
        {
            context.Principal = OidcClaimsMapper.Map(context.Principal!, oidc, IdentityConstants.ApplicationScheme);
            context.Properties!.Items[ExternalSignInKey] = DateTimeOffset.UtcNow.ToString("O");
            return Task.CompletedTask;
        };
    }

    private const string ExternalSignInKey = "sp:external_signin";

    /// <summary>
    /// A single-sign-on user has no local security stamp, so disabling them at the provider would not reach a sliding
    /// 8-hour cookie: their session ends an hour after they signed in at the provider (the sliding renewal keeps this
    /// time), and the next request goes back to the provider, which refuses a disabled account and refreshes groups.
    /// </summary>
    private static async Task ExpireExternal(CookieValidatePrincipalContext context)
    {
        if (context.Properties.Items.TryGetValue(ExternalSignInKey, out var at)
            && DateTimeOffset.TryParse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var signedIn)
            && DateTimeOffset.UtcNow - signedIn < TimeSpan.FromHours(1))
            return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
