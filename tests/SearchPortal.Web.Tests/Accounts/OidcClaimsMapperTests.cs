using System.Security.Claims;
using SearchPortal.Accounts;
using SearchPortal.Web.Security;

namespace SearchPortal.Web.Tests.Accounts;

/// <summary>An identity provider's claims become the portal's name, roles and PortalClaims.Group claims.</summary>
public sealed class OidcClaimsMapperTests
{
    private static ClaimsPrincipal Token(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));

    [Fact]
    public void Groups_and_known_roles_are_mapped_and_other_claims_dropped()
    {
        var principal = OidcClaimsMapper.Map(Token(("sub", "u-17"), ("preferred_username", "陈静"), ("groups", "纪检组"),
            ("groups", "办公室"), ("roles", "editor"), ("roles", "offline_access"), ("email", "c@example.gov.cn")), new OidcOptions(), "cookie");

        Assert.Equal("陈静", principal.Identity!.Name);
        Assert.True(principal.IsInRole("editor"));
        Assert.False(principal.IsInRole("offline_access"));
        Assert.Equal(["纪检组", "办公室"], principal.FindAll(PortalClaims.Group).Select(c => c.Value));
        Assert.Null(principal.FindFirst("email"));
        Assert.True(OidcClaimsMapper.IsExternal(principal));
    }

    [Fact]
    public void A_user_without_a_portal_role_gets_the_default_and_json_array_claims_are_split()
    {
        var options = new OidcOptions { GroupClaim = "departments", DefaultRole = "reader" };
        var principal = OidcClaimsMapper.Map(Token(("sub", "u-18"), ("name", "李明"), ("departments", "[\"审理室\",\"案管室\"]")), options, "cookie");

        Assert.Equal("李明", principal.Identity!.Name);
        Assert.True(principal.IsInRole("reader"));
        Assert.Equal(["审理室", "案管室"], principal.FindAll(PortalClaims.Group).Select(c => c.Value));
    }
}
