using SearchPortal.Accounts;
using System.Security.Claims;
using SearchPortal.Web.Security;

namespace SearchPortal.Web.Tests.Accounts;

/// <summary>Collections and rate limits belong to a stable user key: a single-sign-on user by subject, never by a display name.</summary>
public sealed class PortalUserKeyTests
{
    private static ClaimsPrincipal Local(string name) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "Identity.Application", ClaimTypes.Name, ClaimTypes.Role));

    private static ClaimsPrincipal External(string sub, string displayName) => OidcClaimsMapper.Map(
        new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", sub), new Claim("preferred_username", displayName)], "oidc")),
        new OidcOptions(), "Identity.Application");

    [Fact]
    public void Local_users_by_name_sso_users_by_subject_anonymous_none()
    {
        Assert.Equal("user:admin", PortalUserKey.Of(Local("admin")));
        Assert.Equal("oidc:4711", PortalUserKey.Of(External("4711", "admin")));
        Assert.NotEqual(PortalUserKey.Of(External("1", "张三")), PortalUserKey.Of(External("2", "张三")));
        Assert.Null(PortalUserKey.Of(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
