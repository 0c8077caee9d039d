using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SearchPortal.Accounts.Data;

namespace SearchPortal.Accounts.Auditing;

/// <summary>
/// Moves queued audit events into the database in batches (one transaction per batch, so a burst of searches costs a
/// few inserts, not a commit each). On shutdown it stores what is still queued.
/// </summary>
public sealed class AuditWriter(AuditQueue queue, IServiceScopeFactory scopes) : BackgroundService
{
    private const int MaxBatch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = queue.Reader;
        var batch = new List<AuditEvent>(MaxBatch);
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && reader.TryRead(out var e)) batch.Add(e);
                await StoreAsync(batch, CancellationToken.None);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what was queued before the host stopped is still written below.
        }
        while (reader.TryRead(out var e)) batch.Add(e);
        if (batch.Count > 0) await StoreAsync(batch, CancellationToken.None);
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        return base.StopAsync(cancellationToken);
    }

    private async Task StoreAsync(List<AuditEvent> batch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Audit.AddRange(batch.Select(ToEntry));
        await db.SaveChangesAsync(ct);
    }

    private static AuditEntry ToEntry(AuditEvent e) => new()
    {
        TimeUtc = e.TimeUtc,
        User = e.User,
        Action = e.Action,
        Subject = AuditLimits.CutSubject(e.Subject),
        Client = e.Client,
        Status = e.Status,
    };
}
