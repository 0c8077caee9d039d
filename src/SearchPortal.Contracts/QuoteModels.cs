using System.Text.Json.Serialization;

namespace SearchPortal.Contracts;

public enum QuoteSort { Relevance, Count }

/// <summary>A quotation search: words in the site's query language, who is quoted, what kind, how to sort, which page.</summary>
public sealed class QuoteSearchRequest
{
    public string Query { get; init; } = "";
    /// <summary>Exact name as shown (习近平总书记) or any alias known to quote-speakers.txt (习近平, 毛主席).</summary>
    public string Who { get; init; } = "";
    /// <summary>leader | classical | document | other; empty = all.</summary>
    public string Kind { get; init; } = "";
    public QuoteSort Sort { get; init; } = QuoteSort.Relevance;
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 10;
    public bool Expand { get; init; } = true;
    /// <summary>Who is asking: quotations count only the sources this scope may see (default: an anonymous visitor).</summary>
    public AccessScope Scope { get; init; } = AccessScope.Anonymous;

    /// <summary>Parses the API's sort parameter: count/used/frequency → by usage; anything else → relevance.</summary>
    public static QuoteSort ParseSort(string? sort) => sort?.Trim().ToLowerInvariant() switch
    {
        "count" or "used" or "usage" or "frequency" or "freq" or "popular" => QuoteSort.Count,
        _ => QuoteSort.Relevance,
    };
}

public sealed class QuoteHit
{
    [JsonPropertyName("key")] public required string Key { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }
    [JsonPropertyName("who")] public string Who { get; init; } = "";
    [JsonPropertyName("kind")] public string Kind { get; init; } = "other";
    [JsonPropertyName("count")] public int Count { get; init; }
    [JsonPropertyName("sources")] public IReadOnlyList<QuoteSource> Sources { get; init; } = [];
    /// <summary>Ready to paste: 习近平总书记指出：“…”（《…》） with the earliest source.</summary>
    [JsonPropertyName("citation")] public string Citation { get; init; } = "";
    [JsonPropertyName("score")] public float Score { get; init; }
}

public sealed record QuoteSearchResponse
{
    [JsonPropertyName("total")] public int Total { get; init; }
    [JsonPropertyName("page")] public int Page { get; init; }
    [JsonPropertyName("size")] public int Size { get; init; }
    [JsonPropertyName("notice")] public string? Notice { get; init; }
    [JsonPropertyName("hits")] public IReadOnlyList<QuoteHit> Hits { get; init; } = [];
    /// <summary>Counts over all matching quotations: who (top 30) and kind, for filter links.</summary>
    [JsonPropertyName("facets")] public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetValue>>();
    [JsonPropertyName("terms")] public IReadOnlyList<string> HighlightTerms { get; init; } = [];
    [JsonPropertyName("took_ms")] public long TookMs { get; set; }
}

/// <summary>
/// A quotation as it appears in one paragraph of one document (exact wording there), with its catalog entry's key
/// and usage count: what the document page needs to mark it and link to the entry.
/// </summary>
public sealed class QuoteOccurrence
{
    [JsonPropertyName("ordinal")] public int Ordinal { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }
    [JsonPropertyName("key")] public required string Key { get; init; }
    [JsonPropertyName("who")] public string Who { get; init; } = "";
    [JsonPropertyName("kind")] public string Kind { get; init; } = "other";
    /// <summary>Documents using this quotation (1 = only this one).</summary>
    [JsonPropertyName("count")] public int Count { get; init; }
}
