using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Accounts.Auditing;

namespace SearchPortal.Indexer;

/// <summary>`audit export --since DATE [--out FILE]`: the audit log as CSV (UTF-8; a file gets a BOM for Excel).</summary>
public static class AuditCommands
{
    public static Command Create(string[] args)
    {
        var since = new Option<string>("--since") { Description = "起始日期 yyyy-MM-dd（UTC，含当天）(from this UTC date)", Required = true };
        var output = new Option<string?>("--out") { Description = "输出文件；省略则写到标准输出 (CSV file; default stdout)" };
        var export = new Command("export", "导出审计日志为 CSV (export the audit log as CSV)") { since, output };
        export.TreatUnmatchedTokensAsErrors = false;
        export.SetAction(p => Export(args, p.GetValue(since)!, p.GetValue(output)));
        return new Command("audit", "审计日志 (audit log)") { export };
    }

    private static async Task<int> Export(string[] args, string since, string? output)
    {
        if (!DateTime.TryParseExact(since, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var from))
        {
            Console.Error.WriteLine($"错误 (error): --since 需要日期 yyyy-MM-dd，收到 “{since}” (expected yyyy-MM-dd)");
            return 1;
        }
        await using var provider = await AccountsHost.OpenAsync(args);
        await using var scope = provider.CreateAsyncScope();
        var rows = scope.ServiceProvider.GetRequiredService<AuditSearch>().Since(from);
        int count;
        if (output == null)
        {
            count = await AuditCsv.WriteAsync(rows, Console.Out);
            await Console.Out.FlushAsync();
        }
        else
        {
            await using var writer = new StreamWriter(output, append: false, new UTF8Encoding(true));
            count = await AuditCsv.WriteAsync(rows, writer);
        }
        Console.Error.WriteLine($"已导出 {count} 条记录 (rows exported){(output != null ? " → " + output : "")}");
        return 0;
    }
}
