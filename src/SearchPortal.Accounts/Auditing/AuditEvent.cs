namespace SearchPortal.Accounts.Auditing;

/// <summary>What a request records; the writer turns it into an AuditEntry row.</summary>
public sealed record AuditEvent(DateTime TimeUtc, string User, string Action, string Subject, string Client, int Status);
