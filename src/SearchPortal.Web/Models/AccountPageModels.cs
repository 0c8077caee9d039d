using SearchPortal.Accounts.Auditing;
using SearchPortal.Accounts.Users;

namespace SearchPortal.Web.Models;

public sealed class SignInPageModel
{
    public string UserName { get; init; } = "";
    public string ReturnUrl { get; init; } = "/";
    public string? Error { get; init; }
    /// <summary>Label of the single sign-on button; null when OpenID Connect is not configured.</summary>
    public string? OidcName { get; init; }
}

public sealed class AuditPageModel
{
    public required AuditFilter Filter { get; init; }
    public required AuditPage Result { get; init; }
    public int TotalPages => Math.Max(1, (Result.Total + Result.Size - 1) / Result.Size);

    public static string ActionLabel(string action) => AuditActions.Labels.TryGetValue(action, out var l) ? l : action;

    /// <summary>The link to another page of the same filter.</summary>
    public string PageLink(int page) => "/admin/audit?" + string.Join('&', new[]
    {
        ("user", Filter.User), ("action", Filter.Action),
        ("from", Filter.From?.ToString("yyyy-MM-dd")), ("to", Filter.To?.ToString("yyyy-MM-dd")), ("page", page.ToString()),
    }.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));
}

public sealed class UsersPageModel
{
    public required IReadOnlyList<UserSummary> Users { get; init; }
    public string? Message { get; init; }
}
