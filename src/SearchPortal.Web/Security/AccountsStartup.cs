using SearchPortal.Accounts.Users;

namespace SearchPortal.Web.Security;

/// <summary>
/// Before the site serves: creates the database under StatePath (tables, roles) and, when it holds no user, the demo
/// admin, whose random password is logged this once (it is stored only as a hash).
/// </summary>
public sealed class AccountsStartup(IServiceScopeFactory scopes, ILogger<AccountsStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var bootstrap = scope.ServiceProvider.GetRequiredService<AccountsBootstrap>();
        await bootstrap.EnsureDatabaseAsync();
        var password = await bootstrap.CreateDemoAdminIfEmptyAsync();
        if (password != null)
            logger.LogWarning("已创建演示管理员账号 (demo admin created): 用户名 {User}，密码 {Password} — 仅显示这一次，请登录后用 " +
                              "`SearchPortal.Indexer users add` 建立正式账号并停用它 (shown once)", AccountsBootstrap.DemoAdminName, password);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
