using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SearchPortal.Accounts.Data;

/// <summary>The embedded database under StatePath: Identity's tables, API token hashes and the audit log.</summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : IdentityDbContext<PortalUser, IdentityRole, string>(options)
{
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ApiToken>(t =>
        {
            t.HasIndex(x => x.Hash).IsUnique();
            t.HasOne<PortalUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<AuditEntry>(a =>
        {
            a.ToTable("AuditLog");
            a.HasIndex(x => x.TimeUtc);
            a.HasIndex(x => new { x.User, x.TimeUtc });
            a.Property(x => x.Subject).HasMaxLength(AuditLimits.MaxSubjectLength);
        });
    }
}
