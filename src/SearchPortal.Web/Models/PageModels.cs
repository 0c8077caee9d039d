
namespace SearchPortal.Web.Models;

public sealed record HomePageModel(IndexStatistics Statistics)
{
    /// <summary>The corpus-wide counts of a facet field (responses key facets by the catalogue's URL key).</summary>
    public IReadOnlyList<FacetValue> Facet(string field) =>
        Statistics.Facets.TryGetValue(SearchQuery.UrlKey(field), out var v) ? v : [];
}

public sealed class SearchPageModel
{
    public required SearchQuery Query { get; init; }
    public SearchResponse? Response { get; init; }
    public SearchLimits Limits { get; init; } = SearchLimits.Default;

    public int TotalPages => Response is { } r ? Limits.LastPage(r.Total, Query.Size) : 0;

    /// <summary>The page sizes the picker offers, plus the current one when a URL asked for another (size=37).</summary>
    public IReadOnlyList<int> SizeChoices => Limits.PageSizes.Contains(Query.Size)
        ? Limits.PageSizes
        : Limits.PageSizes.Append(Query.Size).Order().ToList();

    /// <summary>Facet values to show for a field: the service's counts, plus selected values it did not return (count 0), so a selection can always be unticked.</summary>
    public IReadOnlyList<FacetValue> FacetValues(string field)
    {
        var values = Response?.Facets.TryGetValue(SearchQuery.UrlKey(field), out var v) == true ? v.ToList() : [];
        if (Query.Filters.TryGetValue(field, out var selected))
            foreach (var s in selected)
                if (!values.Any(x => x.Value == s)) values.Insert(0, new FacetValue(s, 0, true));
        return values.Select(x => x with { Selected = Query.IsSelected(field, x.Value) }).ToList();
    }
}

public sealed class DocumentPageModel
{
    public required DocumentView Document { get; init; }
    public string Query { get; init; } = "";
    public IReadOnlyList<string> Terms { get; init; } = [];
    public IReadOnlyList<SearchHit> Similar { get; init; } = [];
    /// <summary>Paragraph ordinal → the other documents in which that paragraph appears (另见 N 篇).</summary>
    public IReadOnlyDictionary<int, ParagraphEchoes> Echoes { get; init; } = new Dictionary<int, ParagraphEchoes>();
}

public sealed record ErrorPageModel(int StatusCode, string Title, string Message);
