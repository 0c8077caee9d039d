using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using System.Data.Common;
using SearchPortal.Accounts.Data;

namespace SearchPortal.Accounts.Auditing;

/// <summary>
/// Moves queued audit events into the database in batches (one transaction per batch, so a burst of searches costs a
/// few inserts, not a commit each). On shutdown it stores what is still queued.
/// </summary>
public sealed class AuditWriter(AuditQueue queue, IServiceScopeFactory scopes, ILogger<AuditWriter> logger) : BackgroundService
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
                await TryStoreAsync(batch);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what was queued before the host stopped is still written below.
        }
        while (reader.TryRead(out var e)) batch.Add(e);
        if (batch.Count > 0) await TryStoreAsync(batch);
    }

    // A database that cannot be written (disk full, file locked past the busy timeout) must not stop the site: the
    // events go to the error log, so the record survives there, and the writer carries on with the next batch.
    private async Task TryStoreAsync(List<AuditEvent> batch)
    {
        try
        {
            await StoreAsync(batch, CancellationToken.None);
        }
        catch (Exception ex) when (ex is DbException or IOException)
        {
            logger.LogError(ex, "Audit log not written, {Count} events: {Events}", batch.Count, string.Join(" | ", batch));
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await base.StopAsync(cancellationToken);
        // ExecuteAsync drains on its way out; but BackgroundService starts it on the thread pool with the stopping
        // token, so a host stopped at once never runs it: what is still queued is stored here (AuditWriterTests).
        var rest = new List<AuditEvent>();
        while (queue.Reader.TryRead(out var e)) rest.Add(e);
        if (rest.Count > 0) await TryStoreAsync(rest);
    }

    // One prepared INSERT per row inside one transaction: EF's change tracking cost ~0.2 ms a row, this ~20 µs
    // (bench/audit). The table and its trigger are EF's model (PortalDbContext); only the insert is hand-written.
    private async Task StoreAsync(List<AuditEvent> batch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO AuditLog (TimeUtc, User, Action, Subject, Client, Status) VALUES ($t, $u, $a, $s, $c, $st)";
        var p = new[] { "$t", "$u", "$a", "$s", "$c", "$st" }.Select(name =>
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = name;
            insert.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await insert.PrepareAsync(ct);
        foreach (var e in batch)
        {
            // The text form EF uses for DateTime in SQLite, so EF's queries compare and read these rows as their own.
            p[0].Value = e.TimeUtc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
            p[1].Value = e.User;
            p[2].Value = e.Action;
            p[3].Value = AuditLimits.CutSubject(e.Subject);
            p[4].Value = e.Client;
            p[5].Value = e.Status;
            await insert.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }
}
