namespace SearchPortal.Accounts.Auditing;

/// <summary>The audited actions, as stored, and their Chinese names for the admin page.</summary>
public static class AuditActions
{
    public const string Search = "search";
    public const string Document = "document";
    public const string Export = "export";
    public const string Reuse = "reuse";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [Search] = "检索",
        [Document] = "查看文档",
        [Export] = "导出",
        [Reuse] = "查重",
    };
}
