using Microsoft.Extensions.Primitives;

namespace SearchPortal.Web.Services;

/// <summary>Reading raw query-string values the same way for every page and endpoint; never throws.</summary>
internal static class QueryStrings
{
    public static string First(IQueryCollection query, string key) =>
        query.TryGetValue(key, out StringValues v) && v.Count > 0 ? v[0] ?? "" : "";

    /// <summary>An integer, saturated to the int range (page=99999999999 is a very large page, not an error); the fallback when not a number.</summary>
    public static int ParseInt(string value, int fallback) =>
        long.TryParse(value.Trim(), out var n) ? (int)Math.Clamp(n, int.MinValue, int.MaxValue) : fallback;
}
