using System.CommandLine;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Accounts.Data;
using SearchPortal.Accounts.Users;
using SearchPortal.Web.Security;

namespace SearchPortal.Indexer;

/// <summary>`users add|list|disable|token`: local accounts in the database the site uses (SearchPortal:StatePath).</summary>
public static class UsersCommands
{
    public static Command Create(string[] args)
    {
        var name = new Argument<string>("NAME") { Description = "用户名 (user name)" };
        var role = new Option<string>("--role") { Description = "角色 reader|editor|admin", Required = true };
        role.AcceptOnlyFromAmong([.. PortalClaims.Roles]);
        var groups = new Option<string?>("--groups") { Description = "所属组，逗号分隔 (groups, comma-separated)" };
        var json = new Option<bool>("--json") { Description = "输出 JSON (print JSON)" };

        var add = new Command("add", "新增账号；密码从标准输入读取 (add a user; the password is read from standard input)") { name, role, groups };
        add.SetAction(p => Add(args, p.GetValue(name)!, p.GetValue(role)!, p.GetValue(groups)));
        var list = new Command("list", "列出账号 (list users)") { json };
        list.SetAction(p => List(args, p.GetValue(json)));
        var disable = new Command("disable", "停用账号：不能再登录，API 令牌失效 (disable: no sign-in, tokens revoked)") { name };
        disable.SetAction(p => Disable(args, p.GetValue(name)!));
        var token = new Command("token", "为账号签发 API 令牌，只显示一次 (issue an API token, shown once)") { name };
        token.SetAction(p => Token(args, p.GetValue(name)!));

        var users = new Command("users", "账号管理 (accounts)") { add, list, disable, token };
        foreach (var c in users.Subcommands) c.TreatUnmatchedTokensAsErrors = false;
        return users;
    }

    private static async Task<int> Add(string[] args, string name, string role, string? groups)
    {
        var password = PasswordInput.Read(Console.In, Console.IsInputRedirected);
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("错误 (error): 没有读到密码，或两次输入不一致 (no password on standard input)");
            return 1;
        }
        await using var provider = await AccountsHost.OpenAsync(args);
        await using var scope = provider.CreateAsyncScope();
        var groupList = UserAdministration.NormaliseGroups(groups == null ? [] : [groups]);
        var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(name, password, role, groupList);
        if (!result.Succeeded) return Fail(result);
        Console.WriteLine($"已创建账号 {name}（角色 {role}{(groupList.Count > 0 ? "，组 " + string.Join("、", groupList) : "")}）");
        return 0;
    }

    private static async Task<int> List(string[] args, bool json)
    {
        await using var provider = await AccountsHost.OpenAsync(args);
        await using var scope = provider.CreateAsyncScope();
        var users = await scope.ServiceProvider.GetRequiredService<UserAdministration>().ListAsync();
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(users, JsonOutput.Options));
            return 0;
        }
        foreach (var u in users)
            Console.WriteLine($"{u.Name}\t{u.Role}\t{string.Join(",", u.Groups)}\t" +
                              $"{(u.Disabled ? "已停用 disabled" : u.LockedUntil != null ? "锁定 locked" : "正常 active")}\t令牌 tokens {u.Tokens}");
        return 0;
    }

    private static async Task<int> Disable(string[] args, string name)
    {
        await using var provider = await AccountsHost.OpenAsync(args);
        await using var scope = provider.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<UserAdministration>().DisableAsync(name)) return NoSuchUser(name);
        Console.WriteLine($"已停用账号 {name}：不能再登录，其 API 令牌已失效 (disabled, tokens revoked)");
        return 0;
    }

    private static async Task<int> Token(string[] args, string name)
    {
        await using var provider = await AccountsHost.OpenAsync(args);
        await using var scope = provider.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(name);
        if (user == null) return NoSuchUser(name);
        if (user.Disabled)
        {
            Console.Error.WriteLine($"错误 (error): 账号 {name} 已停用 (user is disabled)");
            return 1;
        }
        // The token alone on stdout, for scripts; the advice on stderr.
        Console.WriteLine(await scope.ServiceProvider.GetRequiredService<ApiTokens>().IssueAsync(user));
        Console.Error.WriteLine("请妥善保存：令牌只显示这一次 (shown once). 使用: Authorization: Bearer <令牌>");
        return 0;
    }

    private static int NoSuchUser(string name)
    {
        Console.Error.WriteLine($"错误 (error): 没有账号 {name} (no such user)");
        return 1;
    }

    private static int Fail(IdentityResult result)
    {
        foreach (var e in result.Errors) Console.Error.WriteLine($"错误 (error): {e.Description}");
        return 1;
    }
}
