namespace SearchPortal.Accounts.Data;

/// <summary>One row of the append-only audit log (a SQLite trigger refuses updates; only retention deletes).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime TimeUtc { get; set; }
    /// <summary>User name, or empty for an anonymous visitor.</summary>
    public string User { get; set; } = "";
    /// <summary>One of <see cref="Auditing.AuditActions"/>.</summary>
    public string Action { get; set; } = "";
    /// <summary>The query, document id or a short description of the checked draft.</summary>
    public string Subject { get; set; } = "";
    public string Client { get; set; } = "";
    /// <summary>HTTP status of the answer (a 404 on a document is an attempt worth seeing).</summary>
    public int Status { get; set; }
}
