using Microsoft.AspNetCore.WebUtilities;
using SearchPortal.Core.Quotes;
using SearchPortal.Web.Services;

namespace SearchPortal.Web.Models;

/// <summary>The quotation search state as it appears in the URL (q, who, kind, sort, page, size), cleaned and clamped.</summary>
public sealed class QuoteQuery
{
    public const int MaxPage = 500;
    public static readonly IReadOnlyList<int> PageSizes = [10, 20, 50];
    /// <summary>UI order of the kinds.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["leader", "classical", "document", "other"];

    public string Q { get; init; } = "";
    public string Who { get; init; } = "";
    /// <summary>leader | classical | document | other, or empty.</summary>
    public string Kind { get; init; } = "";
    public QuoteSort Sort { get; init; } = QuoteSort.Relevance;
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 10;
    public string? InputNotice { get; init; }

    public bool IsBrowse => Q.Length == 0 && Who.Length == 0 && Kind.Length == 0;

    /// <summary>Reads the query string; never throws (odd values fall back to defaults, with a notice when cut).</summary>
    public static QuoteQuery From(string? q, string? who, string? kind, string? sort, string? page, string? size)
    {
        var text = SearchQueryReader.Clean(q ?? "");
        string? notice = null;
        if (text.Length > SearchQuery.MaxQueryLength)
        {
            text = text[..SearchQuery.MaxQueryLength];
            notice = $"查询过长，只使用了前 {SearchQuery.MaxQueryLength} 个字符。";
        }
        var k = (kind ?? "").Trim().ToLowerInvariant();
        if (!Kinds.Contains(k)) k = "";
        var n = int.TryParse(size, out var s) && PageSizes.Contains(s) ? s : 10;
        var p = int.TryParse(page, out var pg) ? Math.Clamp(pg, 1, MaxPage) : 1;
        var w = SearchQueryReader.Clean(who ?? "");
        return new QuoteQuery
        {
            Q = text,
            Who = w.Length > 100 ? w[..100] : w,
            Kind = k,
            Sort = QuoteSearchRequest.ParseSort(sort),
            Page = p,
            Size = n,
            InputNotice = notice,
        };
    }

    public QuoteSearchRequest ToRequest() => new() { Query = Q, Who = Who, Kind = Kind, Sort = Sort, Page = Page, Size = Size };

    public QuoteQuery With(string? q = null, string? who = null, string? kind = null, QuoteSort? sort = null, int? page = null) => new()
    {
        Q = q ?? Q,
        Who = who ?? Who,
        Kind = kind ?? Kind,
        Sort = sort ?? Sort,
        Page = page ?? Page,
        Size = Size,
    };

    public static string SortKey(QuoteSort sort) => sort == QuoteSort.Count ? "count" : "relevance";

    public string ToUrl()
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (Q.Length > 0) pairs.Add(new("q", Q));
        if (Who.Length > 0) pairs.Add(new("who", Who));
        if (Kind.Length > 0) pairs.Add(new("kind", Kind));
        if (Sort != QuoteSort.Relevance) pairs.Add(new("sort", SortKey(Sort)));
        if (Size != 10) pairs.Add(new("size", Size.ToString()));
        if (Page > 1) pairs.Add(new("page", Page.ToString()));
        return pairs.Count == 0 ? "/quotes" : QueryHelpers.AddQueryString("/quotes", pairs);
    }
}

public sealed class QuotesPageModel
{
    public required QuoteQuery Query { get; init; }
    public QuoteSearchResponse? Response { get; init; }
    /// <summary>Browse page only: the most used quotations of the most quoted speakers.</summary>
    public IReadOnlyList<QuoteGroup> BySpeaker { get; init; } = [];
    /// <summary>Browse page only: quotations whose words contain a frequent topic of the corpus.</summary>
    public IReadOnlyList<QuoteGroup> ByTopic { get; init; } = [];

    public int TotalPages => Response is { Total: > 0 } r ? Math.Min((r.Total + Query.Size - 1) / Query.Size, QuoteQuery.MaxPage) : 0;

    public IReadOnlyList<FacetValue> Facet(string field) =>
        Response?.Facets.TryGetValue(field, out var v) == true ? v : [];
}

/// <summary>A heading (speaker or topic), the link to all its quotations, their number and the first few.</summary>
public sealed record QuoteGroup(string Name, string Url, int Total, IReadOnlyList<QuoteHit> Hits);

public sealed record QuoteEntryPageModel(QuoteHit Entry);

/// <summary>Chinese labels of the quotation kinds, in one place.</summary>
public static class QuoteLabels
{
    public static string Kind(string kind) => kind switch
    {
        "leader" => "领导人讲话",
        "classical" => "古语名言",
        "document" => "文件条文",
        _ => "其他",
    };

    public static string EntryUrl(string key) => "/quotes/" + Uri.EscapeDataString(key);
}

/// <summary>One quotation card: the entry, the query terms to mark in it, and whether to list every source.</summary>
public sealed record QuoteCardModel(QuoteHit Hit, IReadOnlyList<string> Terms, bool AllSources = false);
