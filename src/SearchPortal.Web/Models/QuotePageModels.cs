using Microsoft.AspNetCore.WebUtilities;
using static SearchPortal.Web.Services.QueryStrings;

namespace SearchPortal.Web.Models;

/// <summary>
/// The quotation search state as it appears in the URL (q, the quotation facets by their catalogue URL keys, sort,
/// page, size), cleaned by <see cref="InputCleaner"/> and clamped to <see cref="SearchLimits"/>.
/// </summary>
public sealed class QuoteQuery
{
    /// <summary>Who is quoted: the facet and its URL key (<c>who</c>).</summary>
    public static FacetDefinition WhoFacet { get; } = FacetCatalog.Default.Find(FacetCatalog.Who)!;
    /// <summary>What kind of quotation: the facet and its URL key (<c>kind</c>).</summary>
    public static FacetDefinition KindFacet { get; } = FacetCatalog.Default.Find(FacetCatalog.QuoteKind)!;

    public string Q { get; init; } = "";
    public string Who { get; init; } = "";
    /// <summary>A known kind in its API spelling (leader | classical | document | other), or empty.</summary>
    public string Kind { get; init; } = "";
    /// <summary>The kind as asked (cleaned), known or not: the API passes it on so the service can say it is unknown.</summary>
    public string KindAsked { get; init; } = "";
    public QuoteSort Sort { get; init; } = QuoteSort.Relevance;
    public int Page { get; init; } = 1;
    public int Size { get; init; } = SearchLimits.Default.DefaultPageSize;
    public string? InputNotice { get; init; }

    public bool IsBrowse => Q.Length == 0 && Who.Length == 0 && Kind.Length == 0;

    /// <summary>Reads the query string; never throws (odd values fall back to defaults, with a notice when the query is cut).</summary>
    public static QuoteQuery Read(IQueryCollection query, SearchLimits limits)
    {
        var (text, notice) = limits.CutQuery(InputCleaner.Clean(First(query, "q"), limits.MaxQueryLength));
        var who = InputCleaner.Clean(First(query, WhoFacet.UrlKey), limits.MaxFacetValueLength);
        var kind = InputCleaner.Clean(First(query, KindFacet.UrlKey), limits.MaxFacetValueLength);
        var (page, size) = limits.ClampPaging(ParseInt(First(query, "page"), 1), ParseInt(First(query, "size"), limits.DefaultPageSize));
        return new QuoteQuery
        {
            Q = text,
            Who = who.Length > limits.MaxFacetValueLength ? who[..limits.MaxFacetValueLength] : who,
            Kind = QuoteKinds.TryParse(kind, out var k) ? k.ToApi() : "",
            KindAsked = kind.Length > limits.MaxFacetValueLength ? kind[..limits.MaxFacetValueLength] : kind,
            Sort = QuoteSearchRequest.ParseSort(First(query, "sort")),
            Page = page,
            Size = size,
            InputNotice = notice,
        };
    }

    /// <param name="askedKind">Pass the kind as asked, known or not (the API: the service says an unknown kind is ignored).</param>
    public QuoteSearchRequest ToRequest(AccessScope scope, bool askedKind = false) =>
        new() { Scope = scope, Query = Q, Who = Who, Kind = askedKind ? KindAsked : Kind, Sort = Sort, Page = Page, Size = Size };

    public QuoteQuery With(string? q = null, string? who = null, string? kind = null, QuoteSort? sort = null, int? page = null) => new()
    {
        Q = q ?? Q,
        Who = who ?? Who,
        Kind = kind ?? Kind,
        KindAsked = kind ?? Kind,
        Sort = sort ?? Sort,
        Page = page ?? Page,
        Size = Size,
    };

    public static string SortKey(QuoteSort sort) => sort == QuoteSort.Count ? "count" : "relevance";

    public string ToUrl()
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (Q.Length > 0) pairs.Add(new("q", Q));
        if (Who.Length > 0) pairs.Add(new(WhoFacet.UrlKey, Who));
        if (Kind.Length > 0) pairs.Add(new(KindFacet.UrlKey, Kind));
        if (Sort != QuoteSort.Relevance) pairs.Add(new("sort", SortKey(Sort)));
        if (Size != SearchLimits.Default.DefaultPageSize) pairs.Add(new("size", Size.ToString()));
        if (Page > 1) pairs.Add(new("page", Page.ToString()));
        return pairs.Count == 0 ? "/quotes" : QueryHelpers.AddQueryString("/quotes", pairs);
    }
}

public sealed class QuotesPageModel
{
    public required QuoteQuery Query { get; init; }
    public QuoteSearchResponse? Response { get; init; }
    public SearchLimits Limits { get; init; } = SearchLimits.Default;
    /// <summary>Browse page only: the most used quotations of the most quoted speakers.</summary>
    public IReadOnlyList<QuoteGroup> BySpeaker { get; init; } = [];
    /// <summary>Browse page only: quotations whose words contain a frequent topic of the corpus.</summary>
    public IReadOnlyList<QuoteGroup> ByTopic { get; init; } = [];

    public int TotalPages => Response is { } r ? Limits.LastPage(r.Total, Query.Size) : 0;

    /// <summary>Counts of one quotation facet (keyed by its URL key in the response).</summary>
    public IReadOnlyList<FacetValue> Facet(FacetDefinition facet) =>
        Response?.Facets.TryGetValue(facet.UrlKey, out var v) == true ? v : [];
}

/// <summary>A heading (speaker or topic), the link to all its quotations, their number and the first few.</summary>
public sealed record QuoteGroup(string Name, string Url, int Total, IReadOnlyList<QuoteHit> Hits);

public sealed record QuoteEntryPageModel(QuoteHit Entry);

public static class QuoteLabels
{
    /// <summary>The contract's one Chinese label of a kind given in its API spelling (unknown → other).</summary>
    public static string Kind(string kind)
    {
        QuoteKinds.TryParse(kind, out var k);
        return k.Label();
    }

    public static string EntryUrl(string key) => "/quotes/" + Uri.EscapeDataString(key);
}

/// <summary>One quotation card: the entry, the query terms to mark in it, and whether to list every source.</summary>
public sealed record QuoteCardModel(QuoteHit Hit, IReadOnlyList<string> Terms, bool AllSources = false);
