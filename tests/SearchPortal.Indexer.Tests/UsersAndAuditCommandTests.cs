using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Accounts.Auditing;
using SearchPortal.Accounts.Data;
using SearchPortal.Accounts.Users;

namespace SearchPortal.Indexer.Tests;

/// <summary>
/// `users …` and `audit export` as an operator runs them (child process, password piped on standard input), checked
/// against the database the site would open (same StatePath).
/// </summary>
[Trait(TestCategory.Name, TestCategory.Process)]
public sealed class UsersAndAuditCommandTests : IDisposable
{
    private readonly string _state = TestPaths.NewTempDir("sp-cli-state");
    private string StateArg => $"--SearchPortal:StatePath={_state}";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_state, recursive: true); } catch (IOException) { }
    }

    private (int Code, string Out, string Err) Cli(string? input, params string[] args) =>
        IndexerProcess.RunWithInput(input ?? "", [.. args, StateArg]);

    private async Task<T> WithStore<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var provider = await AccountsHost.OpenAsync([StateArg]);
        await using var scope = provider.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    [Fact]
    public async Task Users_add_reads_the_password_from_stdin_and_the_site_accepts_it()
    {
        var (code, stdout, stderr) = Cli("清风徐来-正气长存-2024\n", "users", "add", "周敏", "--role", "editor", "--groups", "纪检组,办公室");

        Assert.True(code == 0, stderr);
        Assert.Contains("已创建账号 周敏", stdout);
        var (ok, roles, groups) = await WithStore(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByNameAsync("周敏"))!;
            return (await users.CheckPasswordAsync(user, "清风徐来-正气长存-2024"), await users.GetRolesAsync(user),
                (await users.GetClaimsAsync(user)).Where(c => c.Type == SearchPortal.Web.Security.PortalClaims.Group).Select(c => c.Value).ToList());
        });
        Assert.True(ok);
        Assert.Equal(["editor"], roles);
        Assert.Equal(["纪检组", "办公室"], groups);

        var (_, list, _) = Cli(null, "users", "list");
        Assert.Contains("周敏\teditor\t纪检组,办公室\t正常 active", list);
    }

    [Theory]
    [InlineData("short\n", "密码至少需要 10 个字符")]
    [InlineData("", "没有读到密码")]
    public void Users_add_refuses_a_short_or_missing_password(string input, string message)
    {
        var (code, _, stderr) = Cli(input, "users", "add", "bob", "--role", "reader");
        Assert.Equal(1, code);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public async Task A_token_is_printed_once_stored_only_as_a_hash_and_revoked_by_disable()
    {
        Assert.Equal(0, Cli("token-owner-2024\n", "users", "add", "robot", "--role", "reader").Code);

        var (code, stdout, _) = Cli(null, "users", "token", "robot");

        Assert.Equal(0, code);
        var token = stdout.Trim();
        Assert.StartsWith("sp_", token);
        Assert.Equal("robot", (await WithStore(sp => sp.GetRequiredService<ApiTokens>().FindUserAsync(token)))?.UserName);
        var stored = await WithStore(sp => sp.GetRequiredService<PortalDbContext>().ApiTokens.Select(t => t.Hash).ToListAsync());
        Assert.DoesNotContain(token, stored);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.DoesNotContain(token, Directory.EnumerateFiles(_state).Select(f => File.ReadAllText(f)).Aggregate("", string.Concat));

        Assert.Equal(0, Cli(null, "users", "disable", "robot").Code);

        Assert.Null(await WithStore(sp => sp.GetRequiredService<ApiTokens>().FindUserAsync(token)));
        Assert.Contains("robot\treader\t\t已停用 disabled", Cli(null, "users", "list").Out);
        Assert.Equal(1, Cli(null, "users", "token", "robot").Code);
        Assert.Equal(1, Cli(null, "users", "disable", "nobody").Code);
    }

    [Fact]
    public async Task Audit_export_writes_the_rows_since_the_date_as_csv_safe_for_spreadsheets()
    {
        await WithStore(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            db.Audit.AddRange(
                new AuditEntry { TimeUtc = new DateTime(2026, 3, 1, 8, 0, 0), User = "old", Action = AuditActions.Search, Subject = "早于起始日期" },
                new AuditEntry { TimeUtc = new DateTime(2026, 3, 2, 9, 30, 0), User = "周敏", Action = AuditActions.Search, Subject = "作风建设, \"四风\"", Client = "10.0.0.7", Status = 200 },
                new AuditEntry { TimeUtc = new DateTime(2026, 3, 3, 10, 0, 0), User = "周敏", Action = AuditActions.Document, Subject = "=HYPERLINK(\"x\")", Client = "10.0.0.7", Status = 404 });
            return await db.SaveChangesAsync();
        });
        var file = Path.Combine(_state, "audit.csv");

        var (code, _, stderr) = Cli(null, "audit", "export", "--since", "2026-03-02", "--out", file);

        Assert.True(code == 0, stderr);
        Assert.Contains("已导出 2 条记录", stderr);
        var bytes = File.ReadAllBytes(file);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(
        [
            AuditCsv.Header,
            "2026-03-02T09:30:00Z,周敏,search,\"作风建设, \"\"四风\"\"\",10.0.0.7,200",
            "2026-03-03T10:00:00Z,周敏,document,\"'=HYPERLINK(\"\"x\"\")\",10.0.0.7,404",
        ], File.ReadAllLines(file));

        var (_, stdout, _) = Cli(null, "audit", "export", "--since", "2026-03-03");
        Assert.Equal(2, stdout.Trim().Split('\n').Length);
        Assert.Equal(1, Cli(null, "audit", "export", "--since", "yesterday").Code);
    }
}
