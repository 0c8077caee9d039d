using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SearchPortal.Accounts.Data;
using SearchPortal.Core.Configuration;
using SearchPortal.Web.Security;

namespace SearchPortal.Accounts.Users;

/// <summary>First use of the database by either host: tables, the three roles, and (site only) a demo admin.</summary>
public sealed class AccountsBootstrap(PortalDbContext db, RoleManager<IdentityRole> roles, UserAdministration admin,
    IOptions<SearchPortalOptions> options)
{
    public const string DemoAdminName = "admin";
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task EnsureDatabaseAsync()
    {
        PortalDatabase.EnsureCreated(db, options.Value);
        foreach (var role in PortalClaims.Roles)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
    }

    /// <summary>
    /// When there is no user at all, creates "admin" with a random password and returns it (for the caller to show
    /// once); null when users exist. Nothing stores the password in clear.
    /// </summary>
    public async Task<string?> CreateDemoAdminIfEmptyAsync()
    {
        if (await admin.AnyAsync()) return null;
        var password = RandomNumberGenerator.GetString(PasswordAlphabet, 16);
        var result = await admin.AddAsync(DemoAdminName, password, PortalClaims.AdminRole, []);
        if (!result.Succeeded) throw new InvalidOperationException("demo admin: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        return password;
    }
}
