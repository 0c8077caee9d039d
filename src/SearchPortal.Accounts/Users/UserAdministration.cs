using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SearchPortal.Accounts.Data;
using SearchPortal.Web.Security;

namespace SearchPortal.Accounts.Users;

/// <summary>A user as the CLI and the admin page list it.</summary>
public sealed record UserSummary(string Name, string Role, IReadOnlyList<string> Groups, bool Disabled,
    DateTimeOffset? LockedUntil, DateTime CreatedUtc, int Tokens);

/// <summary>Adds, lists and disables local accounts (the CLI's `users` commands and /admin/users).</summary>
public sealed class UserAdministration(UserManager<PortalUser> users, PortalDbContext db)
{
    public async Task<IdentityResult> AddAsync(string name, string password, string role, IEnumerable<string> groups)
    {
        if (!PortalClaims.Roles.Contains(role))
            return IdentityResult.Failed(new IdentityError { Code = "InvalidRole", Description = $"角色必须是 {string.Join("、", PortalClaims.Roles)} 之一。" });
        var user = new PortalUser { UserName = name.Trim() };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) return result;
        result = await users.AddToRoleAsync(user, role);
        if (!result.Succeeded) return result;
        var claims = NormaliseGroups(groups).Select(g => new Claim(PortalClaims.Group, g)).ToList();
        return claims.Count == 0 ? result : await users.AddClaimsAsync(user, claims);
    }

    /// <summary>Group names as typed after --groups a,b: trimmed, empty ones dropped, each once.</summary>
    public static IReadOnlyList<string> NormaliseGroups(IEnumerable<string> groups) =>
        groups.SelectMany(g => g.Split([',', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal).ToList();

    public async Task<IReadOnlyList<UserSummary>> ListAsync()
    {
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync();
        var groups = await db.UserClaims.Where(c => c.ClaimType == PortalClaims.Group).Select(c => new { c.UserId, c.ClaimValue }).ToListAsync();
        var tokens = await db.ApiTokens.GroupBy(t => t.UserId).Select(g => new { UserId = g.Key, Count = g.Count() }).ToListAsync();
        var list = await db.Users.AsNoTracking().ToListAsync();
        return list.OrderBy(u => u.UserName, StringComparer.Ordinal).Select(u => new UserSummary(
            u.UserName!,
            PortalClaims.Roles.LastOrDefault(r => roles.Any(x => x.UserId == u.Id && x.Name == r)) ?? "",
            groups.Where(g => g.UserId == u.Id).Select(g => g.ClaimValue!).ToList(),
            u.Disabled,
            u.LockoutEnd > DateTimeOffset.UtcNow && !u.Disabled ? u.LockoutEnd : null,
            u.CreatedUtc,
            tokens.FirstOrDefault(t => t.UserId == u.Id)?.Count ?? 0)).ToList();
    }

    /// <summary>
    /// Locks the account for good, ends its sessions (new security stamp: cookies fail their next validation) and
    /// deletes its API tokens. False when there is no such user.
    /// </summary>
    public async Task<bool> DisableAsync(string name)
    {
        var user = await users.FindByNameAsync(name);
        if (user == null) return false;
        user.Disabled = true;
        await users.UpdateAsync(user);
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        await db.ApiTokens.Where(t => t.UserId == user.Id).ExecuteDeleteAsync();
        return true;
    }

    public Task<bool> AnyAsync() => db.Users.AnyAsync();
}
