using SearchPortal.Accounts.Data;

namespace SearchPortal.Accounts.Auditing;

/// <summary>
/// The audit export as CSV (RFC 4180 quoting). A field starting with = + - @ gets a leading apostrophe: queries are typed
/// by users, and a spreadsheet would otherwise run them as formulas (CSV injection).
/// </summary>
public static class AuditCsv
{
    public const string Header = "time_utc,user,action,subject,client,status";

    public static async Task<int> WriteAsync(IAsyncEnumerable<AuditEntry> rows, TextWriter writer)
    {
        await writer.WriteLineAsync(Header);
        var n = 0;
        await foreach (var r in rows)
        {
            await writer.WriteLineAsync(string.Join(',',
                r.TimeUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), Field(r.User), Field(r.Action), Field(r.Subject), Field(r.Client),
                r.Status.ToString()));
            n++;
        }
        return n;
    }

    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
