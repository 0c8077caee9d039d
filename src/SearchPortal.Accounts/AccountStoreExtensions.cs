using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SearchPortal.Accounts.Auditing;
using SearchPortal.Accounts.Data;
using SearchPortal.Accounts.Users;
using SearchPortal.Core.Configuration;
using SearchPortal.Web.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SearchPortal.Accounts;

/// <summary>
/// The account store as both hosts use it: the database under StatePath, Identity's user and role managers with the
/// portal's rules, API tokens and the audit log's reader. The site adds sign-in and cookies on top.
/// Expects IOptions&lt;SearchPortalOptions&gt; to be registered by the host.
/// </summary>
public static class AccountStoreExtensions
{
    public static IdentityBuilder AddPortalAccountStore(this IServiceCollection services)
    {
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.SectionName)
            .Validate(o => o.MaxFailedAttempts > 0 && o.LockoutMinutes > 0, "SearchPortal:Auth 锁定设置必须大于 0 (lockout settings must be positive)")
            .Validate(o => PortalClaims.Roles.Contains(o.Oidc.DefaultRole), "SearchPortal:Auth:Oidc:DefaultRole 必须是 reader、editor 或 admin")
            .ValidateOnStart();
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName)
            .Validate(o => o.RetentionDays >= 0 && o.QueueCapacity > 0, "SearchPortal:Audit 设置无效 (RetentionDays ≥ 0, QueueCapacity > 0)")
            .ValidateOnStart();

        services.AddDbContext<PortalDbContext>((sp, db) =>
            db.UseSqlite(PortalDatabase.ConnectionString(sp.GetRequiredService<IOptions<SearchPortalOptions>>().Value)));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ApiTokens>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<AuditSearch>();
        services.AddScoped<AccountsBootstrap>();

        var identity = services.AddIdentityCore<PortalUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddErrorDescriber<ChineseIdentityErrors>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>((identityOptions, accounts) =>
            IdentityRules.Apply(identityOptions, accounts.Value));
        return identity;
    }
}
