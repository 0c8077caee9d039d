using SearchPortal.Web.Models;
using static SearchPortal.Web.Services.QueryStrings;

namespace SearchPortal.Web.Services;

/// <summary>
/// Reads the search state from a query string, for the results page and /api/search alike. Never throws and never
/// rejects a request: text is cleaned by <see cref="InputCleaner"/>, a long query is cut with a notice, facet values,
/// page and size are clamped to <see cref="SearchLimits"/>. Facet values the index does not know are left to the
/// search service, which ignores them.
/// </summary>
public sealed class SearchQueryReader(SearchLimits limits, FacetCatalog catalog)
{
    public SearchQuery Read(IQueryCollection query)
    {
        var (q, notice) = limits.CutQuery(InputCleaner.Clean(First(query, "q"), limits.MaxQueryLength));

        var filters = new Dictionary<string, List<string>>();
        foreach (var facet in catalog.Documents)
        {
            if (!query.TryGetValue(facet.UrlKey, out var raw)) continue;
            var values = raw
                .Select(v => InputCleaner.Clean(v, limits.MaxFacetValueLength))
                .Where(v => v.Length > 0 && v.Length <= limits.MaxFacetValueLength)
                .Distinct()
                .Take(limits.MaxValuesPerFacet)
                .ToList();
            if (values.Count > 0) filters[facet.Field] = values;
        }

        var (page, size) = limits.ClampPaging(ParseInt(First(query, "page"), 1), ParseInt(First(query, "size"), limits.DefaultPageSize));
        return new SearchQuery
        {
            Q = q,
            Filters = SearchQuery.Normalize(filters),
            Sort = ParseSort(First(query, "sort")),
            Page = page,
            Size = size,
            Expand = First(query, "expand") is not ("0" or "false" or "off"),
            Within = ParseWithin(First(query, "within")),
            InputNotice = notice,
        };
    }

    /// <summary>sentence / paragraph (also 句, 段, 同句, 同段); anything else is no restriction.</summary>
    public static WithinScope ParseWithin(string value) => value.Trim().ToLowerInvariant() switch
    {
        "sentence" or "句" or "同句" or "同一句" => WithinScope.Sentence,
        "paragraph" or "段" or "同段" or "同一段" or "article" => WithinScope.Paragraph,
        _ => WithinScope.Document,
    };

    public static SearchSort ParseSort(string value) => value.Trim().ToLowerInvariant() switch
    {
        "newest" or "new" or "date" => SearchSort.Newest,
        "oldest" or "old" => SearchSort.Oldest,
        _ => SearchSort.Relevance,
    };
}
