using System.Security.Claims;

namespace SearchPortal.Web.Security;

/// <summary>
/// The one stable key of a signed-in user, for what belongs to them (collections) and what is counted per user (rate
/// limits): a local account's name (unique in the accounts database), or for a single-sign-on user the provider's
/// subject — its display name need not be unique and could even equal a local account's name.
/// </summary>
public static class PortalUserKey
{
    /// <summary>"user:NAME", "oidc:SUBJECT", or null for an anonymous request.</summary>
    public static string? Of(ClaimsPrincipal user)
    {
        if (user.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name }) return null;
        return OidcClaimsMapper.IsExternal(user) && user.FindFirst(ClaimTypes.NameIdentifier)?.Value is { Length: > 0 } subject
            ? "oidc:" + subject
            : "user:" + name;
    }
}
