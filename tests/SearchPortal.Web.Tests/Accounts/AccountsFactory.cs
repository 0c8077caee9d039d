using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SearchPortal.Accounts.Data;
using SearchPortal.Accounts.Users;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Accounts;

/// <summary>
/// The real site over the test corpus with its own accounts database (temp StatePath); keeps what was logged, so the demo
/// admin's one-time password can be read as an operator reads it from the console.
/// </summary>
public class AccountsFactory : PortalFactory
{
    public ConcurrentQueue<string> Log { get; } = new();
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(l => l.AddProvider(new CapturingLoggerProvider(Log)));
        // The test server has no socket: give requests the address a proxy-less intranet client would have.
        builder.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new ClientAddressFilter()));
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task CreateUserAsync(string name, string password, string role, params string[] groups)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(name, password, role, groups);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    public async Task<string> IssueTokenAsync(string name)
    {
        await using var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.SingleAsync(u => u.UserName == name);
        return await scope.ServiceProvider.GetRequiredService<ApiTokens>().IssueAsync(user);
    }

    public async Task DisableAsync(string name)
    {
        await using var scope = Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<UserAdministration>().DisableAsync(name));
    }

    /// <summary>Audit rows matching <paramref name="match"/>, waiting up to 10 s for the background writer.</summary>
    public async Task<List<AuditEntry>> AuditRowsAsync(Func<AuditEntry, bool> match, int atLeast = 1)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            await using var scope = Services.CreateAsyncScope();
            var rows = (await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Audit.AsNoTracking().ToListAsync())
                .Where(match).ToList();
            if (rows.Count >= atLeast || DateTime.UtcNow > until) return rows;
            await Task.Delay(50);
        }
    }

    public static readonly IPAddress ClientAddress = IPAddress.Parse("10.20.30.40");

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = ClientAddress;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> log) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(log);
        public void Dispose() { }

        private sealed class Logger(ConcurrentQueue<string> log) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                log.Enqueue(formatter(state, exception));
        }
    }
}

/// <summary>Anonymous visitors refused (SearchPortal:Access:Anonymous=none), single sign-on configured.</summary>
public sealed class ClosedSiteFactory : AccountsFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["SearchPortal:Access:Anonymous"] = "none",
        ["SearchPortal:Auth:Oidc:Authority"] = "https://sso.example.gov.cn/realms/portal",
        ["SearchPortal:Auth:Oidc:ClientId"] = "searchportal",
        ["SearchPortal:Auth:Oidc:DisplayName"] = "统一身份认证",
    };
}

[CollectionDefinition(Name)]
public sealed class AccountsCollection : ICollectionFixture<AccountsFactory>
{
    public const string Name = "accounts";
}
