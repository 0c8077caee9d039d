using System.Security.Claims;
using SearchPortal.Accounts;

namespace SearchPortal.Web.Security;

/// <summary>
/// Turns an identity provider's token into the portal's principal: the name from NameClaim, a PortalClaims.Group claim
/// per value of GroupClaim, and the reader/editor/admin values of RoleClaim as roles (DefaultRole when there is none).
/// Other claims are dropped, so the cookie stays small and nothing unexpected reaches the access rules.
/// </summary>
public static class OidcClaimsMapper
{
    /// <summary>Marks a principal that has no local account (the security-stamp check skips it).</summary>
    public const string ExternalClaim = "sp:external";

    public static ClaimsPrincipal Map(ClaimsPrincipal source, OidcOptions options, string authenticationType)
    {
        var claims = source.Claims.ToList();
        var name = Value(claims, options.NameClaim) ?? Value(claims, "name") ?? Value(claims, "sub") ?? "";
        var roles = Values(claims, options.RoleClaim).Where(r => PortalClaims.Roles.Contains(r)).ToList();
        if (roles.Count == 0) roles.Add(options.DefaultRole);

        var mapped = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, Value(claims, "sub") ?? name),
            new(ClaimTypes.Name, name),
            new(ExternalClaim, "oidc"),
        };
        mapped.AddRange(roles.Distinct().Select(r => new Claim(ClaimTypes.Role, r)));
        mapped.AddRange(Values(claims, options.GroupClaim).Distinct().Select(g => new Claim(PortalClaims.Group, g)));
        return new ClaimsPrincipal(new ClaimsIdentity(mapped, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static bool IsExternal(ClaimsPrincipal? principal) => principal?.HasClaim(c => c.Type == ExternalClaim) == true;

    private static string? Value(List<Claim> claims, string type) => claims.FirstOrDefault(c => c.Type == type)?.Value;

    // Providers send a multi-valued claim as repeated claims, or (some) as one JSON array string.
    private static IEnumerable<string> Values(List<Claim> claims, string type) =>
        claims.Where(c => c.Type == type).SelectMany(c => c.Value.StartsWith('[')
            ? System.Text.Json.JsonSerializer.Deserialize<string[]>(c.Value) ?? []
            : [c.Value]).Where(v => v.Length > 0);
}
