namespace SearchPortal.Accounts;

/// <summary>Sign-in settings, bound from "SearchPortal:Auth".</summary>
public sealed class AccountOptions
{
    public const string SectionName = "SearchPortal:Auth";

    /// <summary>Wrong passwords in a row before the account is locked for <see cref="LockoutMinutes"/>.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public double LockoutMinutes { get; set; } = 15;

    /// <summary>Shortest password accepted (length rather than character classes, as NIST SP 800-63B advises).</summary>
    public int MinPasswordLength { get; set; } = 10;

    /// <summary>An organisation's single sign-on; used when Authority and ClientId are set.</summary>
    public OidcOptions Oidc { get; set; } = new();
}

/// <summary>OpenID Connect settings ("SearchPortal:Auth:Oidc"); the README shows a complete example.</summary>
public sealed class OidcOptions
{
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    /// <summary>Extra scopes beyond openid and profile (e.g. "groups").</summary>
    public string[] Scopes { get; set; } = [];
    /// <summary>Label of the button on the sign-in page.</summary>
    public string DisplayName { get; set; } = "单位统一身份认证";
    /// <summary>Claim holding the user name shown and audited.</summary>
    public string NameClaim { get; set; } = "preferred_username";
    /// <summary>Claim(s) whose values become portal groups (PortalClaims.Group).</summary>
    public string GroupClaim { get; set; } = "groups";
    /// <summary>Claim whose values reader/editor/admin become portal roles.</summary>
    public string RoleClaim { get; set; } = "roles";
    /// <summary>Role of a user whose token names none of reader/editor/admin.</summary>
    public string DefaultRole { get; set; } = "reader";
    /// <summary>Off only for a test identity provider on plain http.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
