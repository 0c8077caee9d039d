using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace SearchPortal.Contracts;

public enum SearchSort { Relevance, Newest, Oldest }

/// <summary>Where all the query's required terms must meet: anywhere in the document, in one sentence, or in one paragraph.</summary>
public enum WithinScope { Document, Sentence, Paragraph }

/// <summary>What the user asked: query text, facet selections (field → values; values of one facet are OR-ed, facets AND-ed), sort and page.</summary>
public sealed class SearchRequest
{
    public string Query { get; init; } = "";
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 10;
    /// <summary>Expand abbreviations and synonyms (四风 → 形式主义…); the user can turn it off.</summary>
    public bool Expand { get; init; } = true;
    /// <summary>Every required term in one sentence or one paragraph (同句 / 同段); the query text may also ask it.</summary>
    public WithinScope Within { get; init; } = WithinScope.Document;
    /// <summary>Who is asking: the engine searches only what this scope may see (default: an anonymous visitor).</summary>
    public AccessScope Scope { get; init; } = AccessScope.Anonymous;
}

public sealed record Passage(
    [property: JsonPropertyName("ordinal")] int Ordinal,
    [property: JsonPropertyName("heading_path")] string HeadingPath,
    /// <summary>HTML-encoded text in which only &lt;mark&gt; is markup.</summary>
    [property: JsonPropertyName("html")] string Html);

public sealed record FacetValue(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("selected")] bool Selected);

/// <summary>
/// What a document is, as every listing shows it: id, title and metadata. A search hit and the whole document add to
/// it, so the two never copy these fields one by one.
/// </summary>
public abstract record DocumentSummary
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("type")] public string Type { get; init; } = "";
    [JsonPropertyName("year")] public int? Year { get; init; }
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("level")] public string Level { get; init; } = "";
    [JsonPropertyName("role")] public string Role { get; init; } = "";
    [JsonPropertyName("speaker")] public string Speaker { get; init; } = "";
    [JsonPropertyName("occasion")] public string Occasion { get; init; } = "";
    [JsonPropertyName("topics")] public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>A regulation's validity (现行有效, 已被修订, 已废止); null for other documents.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
}

public sealed record SearchHit : DocumentSummary
{
    [JsonPropertyName("score")] public float Score { get; init; }
    [JsonPropertyName("passages")] public IReadOnlyList<Passage> Passages { get; init; } = [];

    public SearchHit WithScore(float score) => this with { Score = score };
}

public sealed record SearchResponse
{
    [JsonPropertyName("total")] public int Total { get; init; }
    [JsonPropertyName("took_ms")] public long TookMs { get; set; }
    [JsonPropertyName("page")] public int Page { get; init; }
    [JsonPropertyName("size")] public int Size { get; init; }
    /// <summary>Said to the user: fallback to literal search, relaxed matching, etc.</summary>
    [JsonPropertyName("notice")] public string? Notice { get; init; }
    /// <summary>Terms also searched through abbreviation/synonym expansion.</summary>
    [JsonPropertyName("expanded")] public IReadOnlyList<string> Expanded { get; init; } = [];
    /// <summary>When nothing matched: how to relax the query (drop a term, remove filters).</summary>
    [JsonPropertyName("hint")] public string? Hint { get; init; }
    [JsonPropertyName("hits")] public IReadOnlyList<SearchHit> Hits { get; init; } = [];
    [JsonPropertyName("facets")] public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetValue>>();
    /// <summary>The query terms to highlight on the document page.</summary>
    [JsonPropertyName("terms")] public IReadOnlyList<string> HighlightTerms { get; init; } = [];
}

/// <summary>A whole document: its summary, the paragraphs with their anchors, the outline and the original text.</summary>
public sealed record DocumentView : DocumentSummary
{
    public DocumentView() { }

    /// <summary>The document of this summary (the summary's fields copied by the record's copy constructor).</summary>
    [SetsRequiredMembers]
    public DocumentView(DocumentSummary summary) : base(summary) { }

    [JsonPropertyName("format")] public string Format { get; init; } = "";
    /// <summary>The repealing document when the regulation is repealed (已废止).</summary>
    [JsonPropertyName("repealed_by")] public string? RepealedBy { get; init; }
    /// <summary>Every edition of this regulation, this one included, oldest first (empty for other documents).</summary>
    [JsonPropertyName("editions")] public IReadOnlyList<EditionInfo> Editions { get; init; } = [];
    [JsonPropertyName("outline")] public IReadOnlyList<DocumentParagraph> Outline { get; init; } = [];
    [JsonPropertyName("paragraphs")] public IReadOnlyList<DocumentParagraph> Paragraphs { get; init; } = [];
    [JsonIgnore] public string Original { get; init; } = "";
}

public sealed class IndexStatistics
{
    [JsonPropertyName("documents")] public int Documents { get; init; }
    [JsonPropertyName("paragraphs")] public int Paragraphs { get; init; }
    [JsonPropertyName("latest_date")] public string? LatestDate { get; init; }
    [JsonPropertyName("last_commit")] public DateTimeOffset? LastCommit { get; init; }
    [JsonPropertyName("facets")] public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetValue>>();
    [JsonPropertyName("newest")] public IReadOnlyList<SearchHit> Newest { get; init; } = [];
}
