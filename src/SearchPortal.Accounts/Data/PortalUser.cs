using Microsoft.AspNetCore.Identity;

namespace SearchPortal.Accounts.Data;

/// <summary>A local account. Groups and roles are Identity user claims and roles, so sign-in puts them in the principal.</summary>
public sealed class PortalUser : IdentityUser
{
    /// <summary>
    /// Set by `users disable`: the account is also locked out for good (Identity then refuses the password) and its API
    /// tokens stop working; kept as its own flag so a lockout after failed attempts is not mistaken for it.
    /// </summary>
    public bool Disabled { get; set; }

    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
}
