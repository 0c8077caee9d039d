namespace SearchPortal.Web.Auditing;

/// <summary>
/// Marks an action as audited: <c>[Audited(AuditActions.Export, Query = "q")]</c>. Endpoint metadata read by
/// <see cref="AuditMiddleware"/>, not an MVC filter, so an answer served from the output cache is recorded too.
/// The subject is the query-string value <see cref="Query"/>, else the route value <see cref="Route"/>, unless the action
/// set one itself (<see cref="AuditSubject.Set"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class AuditedAttribute(string action) : Attribute
{
    public string Action { get; } = action;
    public string? Query { get; init; }
    public string? Route { get; init; }
    /// <summary>A request without a query string is not recorded (the bare search form is not a search).</summary>
    public bool OnlyWithQueryString { get; init; }
}
