using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SearchPortal.Accounts;
using SearchPortal.Accounts.Auditing;
using SearchPortal.Accounts.Data;
using SearchPortal.Accounts.Users;
using SearchPortal.Core.Configuration;
using SearchPortal.Web.Auditing;

// What auditing costs a request: AuditMiddleware around a no-op endpoint, audited vs not, while the real background
// writer stores the events in SQLite (WAL) under a temporary StatePath; then how fast the writer drains them.
var n = args.Length > 0 ? int.Parse(args[0]) : 200_000;
var state = Path.Combine(Path.GetTempPath(), "sp-audit-bench-" + Guid.NewGuid().ToString("N"));
var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    { ["SearchPortal:Audit:QueueCapacity"] = (n + 10_001).ToString() }).Build());
services.AddLogging();
services.AddSingleton(Options.Create(new SearchPortalOptions { StatePath = state }));
services.AddPortalAccountStore();
services.AddSingleton<AuditQueue>();
services.AddSingleton<AuditWriter>();
await using var provider = services.BuildServiceProvider();
await using (var scope = provider.CreateAsyncScope())
    await scope.ServiceProvider.GetRequiredService<AccountsBootstrap>().EnsureDatabaseAsync();

var queue = provider.GetRequiredService<AuditQueue>();
var audited = new AuditMiddleware(_ => Task.CompletedTask, queue, TimeProvider.System);
var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "周敏")], "bench"));

HttpContext Request(bool mark)
{
    var context = new DefaultHttpContext { User = user };
    context.Request.QueryString = new QueryString("?q=%E4%BD%9C%E9%A3%8E%E5%BB%BA%E8%AE%BE");
    context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse("10.20.30.40");
    var metadata = mark ? new EndpointMetadataCollection(new AuditedAttribute(AuditActions.Search) { Query = "q" }) : EndpointMetadataCollection.Empty;
    context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, metadata, "search"));
    return context;
}

async Task<double> NanosPerRequest(bool mark, int count)
{
    // A fresh request each time, as the server makes one: the difference between the two runs is the audit's cost.
    var sw = Stopwatch.StartNew();
    for (var i = 0; i < count; i++) await audited.InvokeAsync(Request(mark));
    return sw.Elapsed.TotalNanoseconds / count;
}

// The request path alone (events queue up; the writer is not started yet), then the writer draining the queue.
await NanosPerRequest(false, 10_000);
await NanosPerRequest(true, 10_000);
var plain = await NanosPerRequest(false, n);
var withAudit = await NanosPerRequest(true, n);
n += 10_000;
var writer = provider.GetRequiredService<AuditWriter>();
var drainClock = Stopwatch.StartNew();
await writer.StartAsync(CancellationToken.None);
long stored;
do
{
    await Task.Delay(20);
    await using var scope = provider.CreateAsyncScope();
    stored = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Audit.LongCountAsync();
} while (stored < n);
var drainSeconds = drainClock.Elapsed.TotalSeconds;
await writer.StopAsync(CancellationToken.None);

Console.WriteLine($"requests {n - 10_000:N0}: middleware without [Audited] {plain:F0} ns, with [Audited] {withAudit:F0} ns " +
                  $"(+{withAudit - plain:F0} ns per audited request)");
Console.WriteLine($"writer: {n:N0} rows stored in {drainSeconds:F2} s = {n / drainSeconds:N0} rows/s; database {new FileInfo(PortalDatabase.FilePath(new SearchPortalOptions { StatePath = state })).Length / 1e6:F1} MB + WAL");
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(state, recursive: true);
