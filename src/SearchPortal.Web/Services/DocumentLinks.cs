using Microsoft.AspNetCore.WebUtilities;

namespace SearchPortal.Web.Services;

/// <summary>URLs of document pages. Ids are corpus-relative paths ("speeches/讲话.txt"): each segment is escaped, slashes kept.</summary>
public static class DocumentLinks
{
    public static string EscapeId(string id) => string.Join('/', id.Split('/').Select(Uri.EscapeDataString));

    public static string Page(string id, string? q = null, int? ordinal = null)
    {
        var url = "/documents/" + EscapeId(id);
        if (!string.IsNullOrWhiteSpace(q)) url = QueryHelpers.AddQueryString(url, "q", q);
        if (ordinal is { } n) url += "#p-" + n;
        return url;
    }

    /// <summary>
    /// Cheap refusal of ids that can never be in the index (traversal, absolute, backslashes, NUL) before asking it.
    /// The real guard is that only ids found in the index are served; nothing here touches the file system.
    /// </summary>
    public static bool LooksValid(string? id, SearchLimits limits) =>
        !string.IsNullOrWhiteSpace(id)
        && id.Length <= limits.MaxKeyLength
        && !id.StartsWith('/')
        && !id.Contains('\\')
        && !id.Contains('\0')
        && !id.Contains(':')
        && !id.Split('/').Any(s => s is "" or "." or "..");
}
