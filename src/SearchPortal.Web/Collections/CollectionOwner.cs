using System.Security.Cryptography;

namespace SearchPortal.Web.Collections;

/// <summary>
/// Whose collections a request reaches: the signed-in user's name, else a random per-browser id kept in an HttpOnly,
/// SameSite=Lax cookie (Secure over HTTPS). The two kinds are prefixed so a user name can never equal a browser id.
/// </summary>
public static class CollectionOwner
{
    public const string CookieName = "sp_browser";

    public static string Resolve(HttpContext context)
    {
        // Asked twice in one request (a new browser), the answer must be the same id, not a second cookie.
        if (context.Items[CookieName] is string known) return known;
        var owner = Find(context);
        context.Items[CookieName] = owner;
        return owner;
    }

    private static string Find(HttpContext context)
    {
        if (SearchPortal.Web.Security.PortalUserKey.Of(context.User) is { } user) return user;
        var id = context.Request.Cookies[CookieName];
        if (id is not { Length: 32 } || !id.All(char.IsAsciiHexDigitLower))
        {
            id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            context.Response.Cookies.Append(CookieName, id, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(400),
                Path = "/",
            });
        }
        return "browser:" + id;
    }
}
