using Microsoft.EntityFrameworkCore;
using SearchPortal.Accounts.Data;

namespace SearchPortal.Accounts.Auditing;

/// <summary>A filter of the admin page; dates are UTC days, To inclusive.</summary>
public sealed record AuditFilter(string? User, string? Action, DateTime? From, DateTime? To, int Page = 1, int Size = 50);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Rows, int Total, int Page, int Size);

/// <summary>Reads the audit log: the admin page's filtered pages, the CLI's export, and retention's one delete.</summary>
public sealed class AuditSearch(PortalDbContext db)
{
    public const int MaxPageSize = 200;

    public async Task<AuditPage> FindAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var q = db.Audit.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User)) q = q.Where(a => a.User == filter.User.Trim());
        if (!string.IsNullOrWhiteSpace(filter.Action)) q = q.Where(a => a.Action == filter.Action);
        if (filter.From is { } from) q = q.Where(a => a.TimeUtc >= from.Date);
        if (filter.To is { } to) q = q.Where(a => a.TimeUtc < to.Date.AddDays(1));
        var size = Math.Clamp(filter.Size, 1, MaxPageSize);
        var total = await q.CountAsync(ct);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + size - 1) / size));
        var rows = await q.OrderByDescending(a => a.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new AuditPage(rows, total, page, size);
    }

    /// <summary>Rows at or after <paramref name="sinceUtc"/>, oldest first, streamed (an export may be large).</summary>
    public IAsyncEnumerable<AuditEntry> Since(DateTime sinceUtc) =>
        db.Audit.AsNoTracking().Where(a => a.TimeUtc >= sinceUtc).OrderBy(a => a.Id).AsAsyncEnumerable();

    /// <summary>Retention: the only delete of the log. 0 days keeps everything.</summary>
    public Task<int> PurgeAsync(int retentionDays, DateTime nowUtc, CancellationToken ct = default) =>
        retentionDays <= 0 ? Task.FromResult(0)
            : db.Audit.Where(a => a.TimeUtc < nowUtc.AddDays(-retentionDays)).ExecuteDeleteAsync(ct);
}
