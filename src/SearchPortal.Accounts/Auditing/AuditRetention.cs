using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SearchPortal.Accounts.Auditing;

/// <summary>Applies SearchPortal:Audit:RetentionDays once at start and then daily.</summary>
public sealed class AuditRetention(IServiceScopeFactory scopes, IOptions<AuditOptions> options, TimeProvider clock,
    ILogger<AuditRetention> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        try
        {
            do
            {
                await using var scope = scopes.CreateAsyncScope();
                var deleted = await scope.ServiceProvider.GetRequiredService<AuditSearch>()
                    .PurgeAsync(options.Value.RetentionDays, clock.GetUtcNow().UtcDateTime, stoppingToken);
                if (deleted > 0) logger.LogInformation("Audit retention: {Count} rows older than {Days} days deleted", deleted, options.Value.RetentionDays);
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The site is stopping; the next start purges again.
        }
    }
}
