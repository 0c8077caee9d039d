using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SearchPortal.Accounts;
using SearchPortal.Accounts.Auditing;
using SearchPortal.Accounts.Data;
using SearchPortal.Accounts.Users;
using SearchPortal.Core.Configuration;

namespace SearchPortal.Web.Tests.Accounts;

/// <summary>The background writer: stores what is queued at shutdown, and survives a database it cannot write.</summary>
public sealed class AuditWriterTests : IAsyncLifetime
{
    private readonly string _state = TestPaths.NewTempDir("sp-audit-writer");
    private readonly ConcurrentQueue<string> _errors = new();
    private ServiceProvider _provider = null!;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging(l => l.AddProvider(new ErrorCapture(_errors)));
        services.AddSingleton(Options.Create(new SearchPortalOptions { StatePath = _state }));
        services.AddPortalAccountStore();
        services.AddSingleton<AuditQueue>();
        services.AddSingleton<AuditWriter>();
        _provider = services.BuildServiceProvider();
        await using var scope = _provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountsBootstrap>().EnsureDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_state, recursive: true);
    }

    private static AuditEvent Event(string subject) => new(DateTime.UtcNow, "周敏", AuditActions.Search, subject, "10.0.0.7", 200);

    private async Task<List<string>> SubjectsAsync()
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Audit.OrderBy(a => a.Id).Select(a => a.Subject).ToListAsync();
    }

    private async Task SqlAsync(string sql)
    {
        await using var scope = _provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    [Fact]
    public async Task Events_queued_before_the_host_stops_are_stored()
    {
        var queue = _provider.GetRequiredService<AuditQueue>();
        for (var i = 0; i < 1200; i++) queue.Record(Event("作风建设 " + i));
        var writer = _provider.GetRequiredService<AuditWriter>();
        await writer.StartAsync(CancellationToken.None);
        await writer.StopAsync(CancellationToken.None);

        var subjects = await SubjectsAsync();
        Assert.True(subjects.Count == 1200, $"{subjects.Count} rows; errors: {string.Join(" // ", _errors)}");
        Assert.Equal("作风建设 1199", subjects[^1]);
    }

    [Fact]
    public async Task A_database_it_cannot_write_is_logged_with_the_events_and_the_writer_carries_on()
    {
        await SqlAsync("ALTER TABLE AuditLog RENAME TO AuditLogAway");
        var queue = _provider.GetRequiredService<AuditQueue>();
        var writer = _provider.GetRequiredService<AuditWriter>();
        await writer.StartAsync(CancellationToken.None);

        queue.Record(Event("写不进去的检索"));
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!_errors.Any(e => e.Contains("写不进去的检索")) && DateTime.UtcNow < until) await Task.Delay(20);
        Assert.Contains(_errors, e => e.Contains("Audit log not written") && e.Contains("写不进去的检索"));

        await SqlAsync("ALTER TABLE AuditLogAway RENAME TO AuditLog");
        queue.Record(Event("恢复后的检索"));
        await writer.StopAsync(CancellationToken.None);
        Assert.Equal(["恢复后的检索"], await SubjectsAsync());
    }

    private sealed class ErrorCapture(ConcurrentQueue<string> errors) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;
        public void Dispose() { }
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) errors.Enqueue(formatter(state, exception));
        }
    }
}
