
namespace SearchPortal.Web.Models;

/// <summary>
/// The search state as it appears in the URL (q, facet values, sort, page, size, expand), already cleaned and clamped.
/// Every page state is a URL: links and forms are built from this object.
/// </summary>
public sealed class SearchQuery
{
    public string Q { get; init; } = "";
    /// <summary>Facet field → selected values, in <see cref="FacetCatalog.Default.DocumentFields"/> order; only non-empty entries.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int Size { get; init; } = SearchLimits.Default.DefaultPageSize;
    public bool Expand { get; init; } = true;
    /// <summary>同句 / 同段 chosen in the form or by <c>within=</c>.</summary>
    public WithinScope Within { get; init; } = WithinScope.Document;
    /// <summary>Set when the query had to be shortened or cleaned; shown to the user.</summary>
    public string? InputNotice { get; init; }

    public bool HasFilters => Filters.Count > 0;
    public bool IsEmpty => Q.Length == 0 && !HasFilters;

    public SearchRequest ToRequest(AccessScope scope) => new()
    {
        Scope = scope,
        Query = Q,
        Filters = Filters,
        Sort = Sort,
        Page = Page,
        Size = Size,
        Expand = Expand,
        Within = Within,
    };

    public bool IsSelected(string field, string value) =>
        Filters.TryGetValue(field, out var values) && values.Contains(value);

    public SearchQuery With(
        string? q = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? filters = null,
        SearchSort? sort = null, int? page = null, int? size = null, bool? expand = null) => new()
    {
        Q = q ?? Q,
        Filters = filters ?? Filters,
        Sort = sort ?? Sort,
        Page = page ?? Page,
        Size = size ?? Size,
        Expand = expand ?? Expand,
        Within = Within,
        InputNotice = InputNotice,
    };

    /// <summary>The same search with <paramref name="value"/> of <paramref name="field"/> ticked or unticked (back to page 1).</summary>
    public SearchQuery Toggle(string field, string value)
    {
        var copy = Filters.ToDictionary(kv => kv.Key, kv => kv.Value.ToList());
        if (!copy.TryGetValue(field, out var list)) copy[field] = list = [];
        if (!list.Remove(value)) list.Add(value);
        return With(filters: Normalize(copy), page: 1);
    }

    public SearchQuery WithoutFilters() => With(filters: new Dictionary<string, IReadOnlyList<string>>(), page: 1);

    /// <summary>Keeps facet order stable and drops empty selections.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Normalize(IDictionary<string, List<string>> filters)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var field in FacetCatalog.Default.DocumentFields)
            if (filters.TryGetValue(field, out var values) && values.Count > 0)
                result[field] = values.Distinct().ToList();
        return result;
    }

    /// <summary>Query-string pairs in a fixed order (q, facets, sort, size, expand, page); defaults are left out.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToQueryPairs(bool includePage = true)
    {
        if (Q.Length > 0) yield return new("q", Q);
        foreach (var (field, values) in Filters)
            foreach (var v in values) yield return new(UrlKey(field), v);
        if (Sort != SearchSort.Relevance) yield return new("sort", SortKey(Sort));
        if (Size != SearchLimits.Default.DefaultPageSize) yield return new("size", Size.ToString());
        if (!Expand) yield return new("expand", "0");
        if (Within != WithinScope.Document) yield return new("within", WithinKey(Within));
        if (includePage && Page > 1) yield return new("page", Page.ToString());
    }

    /// <summary>The query-string key of a facet field (the catalogue's URL key).</summary>
    public static string UrlKey(string field) => FacetCatalog.Default.Find(field)?.UrlKey ?? field;

    public string ToUrl(string path = "/search") =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, ToQueryPairs().Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));

    public static string WithinKey(WithinScope within) => within switch
    {
        WithinScope.Sentence => "sentence",
        WithinScope.Paragraph => "paragraph",
        _ => "",
    };

    public static string SortKey(SearchSort sort) => sort switch
    {
        SearchSort.Newest => "newest",
        SearchSort.Oldest => "oldest",
        _ => "relevance",
    };
}

/// <summary>How a notice about the request itself (a clamped or odd parameter) is put before the search's own notice.</summary>
public static class Notices
{
    public static string Join(string input, string? search) => search == null ? input : input + " " + search;
}
