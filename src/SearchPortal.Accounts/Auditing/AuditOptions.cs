namespace SearchPortal.Accounts.Auditing;

/// <summary>Audit settings, bound from "SearchPortal:Audit".</summary>
public sealed class AuditOptions
{
    public const string SectionName = "SearchPortal:Audit";

    /// <summary>Rows older than this many days are deleted (daily, and at start); 0 keeps them for ever.</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>Events waiting for the background writer; beyond it an event is logged as an error instead of stored.</summary>
    public int QueueCapacity { get; set; } = 10_000;
}
