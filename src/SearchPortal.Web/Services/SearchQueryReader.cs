using System.Text;
using Microsoft.Extensions.Primitives;
using SearchPortal.Web.Models;

namespace SearchPortal.Web.Services;

/// <summary>
/// Reads the search state from a query string. Never throws and never rejects a request: a bad number becomes the
/// default, page and size are clamped, a long query is cut to <see cref="SearchQuery.MaxQueryLength"/> characters
/// with a notice, control characters are dropped. Facet values the index does not know are left to the search
/// service, which ignores them.
/// </summary>
public sealed class SearchQueryReader
{
    private const int MaxValuesPerFacet = 50;
    private const int MaxFacetValueLength = 100;

    public SearchQuery Read(IQueryCollection query)
    {
        string? notice = null;
        var q = Clean(First(query, "q"));
        if (q.Length > SearchQuery.MaxQueryLength)
        {
            q = CutAt(q, SearchQuery.MaxQueryLength);
            notice = $"查询过长，只使用了前 {SearchQuery.MaxQueryLength} 个字符。";
        }

        var filters = new Dictionary<string, List<string>>();
        foreach (var field in FacetCatalog.Default.DocumentFields)
        {
            if (!query.TryGetValue(field, out var raw)) continue;
            var values = raw
                .Select(v => Clean(v ?? ""))
                .Where(v => v.Length > 0 && v.Length <= MaxFacetValueLength)
                .Distinct()
                .Take(MaxValuesPerFacet)
                .ToList();
            if (values.Count > 0) filters[field] = values;
        }

        var size = ParseInt(First(query, "size"), 10);
        size = SearchQuery.PageSizes.Contains(size) ? size : size < 10 ? 10 : size > 50 ? 50 : 20;
        var page = Math.Clamp(ParseInt(First(query, "page"), 1), 1, SearchQuery.MaxPage);

        return new SearchQuery
        {
            Q = q,
            Filters = SearchQuery.Normalize(filters),
            Sort = ParseSort(First(query, "sort")),
            Page = page,
            Size = size,
            Expand = First(query, "expand") is not ("0" or "false" or "off"),
            InputNotice = notice,
        };
    }

    public static SearchSort ParseSort(string value) => value.Trim().ToLowerInvariant() switch
    {
        "newest" or "new" or "date" => SearchSort.Newest,
        "oldest" or "old" => SearchSort.Oldest,
        _ => SearchSort.Relevance,
    };

    private static string First(IQueryCollection query, string key) =>
        query.TryGetValue(key, out StringValues v) && v.Count > 0 ? v[0] ?? "" : "";

    private static int ParseInt(string value, int fallback) =>
        long.TryParse(value.Trim(), out var n) ? (int)Math.Clamp(n, int.MinValue, int.MaxValue) : fallback;

    /// <summary>Drops control characters (NUL, escapes…) and lone surrogates; whitespace runs become one space.</summary>
    public static string Clean(string value)
    {
        var sb = new StringBuilder(Math.Min(value.Length, 4 * SearchQuery.MaxQueryLength));
        var lastSpace = true;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { sb.Append(c).Append(value[++i]); lastSpace = false; }
                continue;
            }
            if (char.IsLowSurrogate(c)) continue;
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastSpace) sb.Append(' ');
                lastSpace = true;
                continue;
            }
            sb.Append(c);
            lastSpace = false;
            // Past twice the limit there is nothing left to keep; stop scanning a 100 KB query early.
            if (sb.Length > 2 * SearchQuery.MaxQueryLength) break;
        }
        return sb.ToString().Trim();
    }

    /// <summary>Cuts without splitting a surrogate pair.</summary>
    private static string CutAt(string value, int length)
    {
        if (value.Length <= length) return value;
        if (char.IsHighSurrogate(value[length - 1])) length--;
        return value[..length].TrimEnd();
    }
}
