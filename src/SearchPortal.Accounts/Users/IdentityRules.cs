using Microsoft.AspNetCore.Identity;

namespace SearchPortal.Accounts.Users;

/// <summary>Password, lockout and user-name rules, the same for the site and the CLI.</summary>
public static class IdentityRules
{
    public static void Apply(IdentityOptions identity, AccountOptions accounts)
    {
        identity.Password.RequiredLength = accounts.MinPasswordLength;
        identity.Password.RequireDigit = false;
        identity.Password.RequireLowercase = false;
        identity.Password.RequireUppercase = false;
        identity.Password.RequireNonAlphanumeric = false;
        identity.Password.RequiredUniqueChars = 4;

        identity.Lockout.AllowedForNewUsers = true;
        identity.Lockout.MaxFailedAccessAttempts = accounts.MaxFailedAttempts;
        identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.LockoutMinutes);

        // Staff sign in with their Chinese names too; empty lifts Identity's ASCII-only list.
        identity.User.AllowedUserNameCharacters = "";
        identity.User.RequireUniqueEmail = false;
    }
}
