using System.Text.Json.Serialization;

namespace SearchPortal.Contracts;

/// <summary>How many articles of each kind of change two editions have.</summary>
public sealed record ComparisonSummary(
    [property: JsonPropertyName("changed")] int Changed,
    [property: JsonPropertyName("added")] int Added,
    [property: JsonPropertyName("deleted")] int Deleted,
    [property: JsonPropertyName("moved")] int Moved,
    [property: JsonPropertyName("unchanged")] int Unchanged);

/// <summary>
/// One article of the older edition (a) aligned with one of the newer (b). Change: unchanged, changed, moved
/// (out of order; its text may differ too), added (no a) or deleted (no b). The html is the article's text, encoded,
/// with the characters removed in &lt;del&gt; (a side) and the characters added in &lt;ins&gt; (b side).
/// </summary>
public sealed record ArticleComparison(
    [property: JsonPropertyName("a_number")] int? ANumber,
    [property: JsonPropertyName("b_number")] int? BNumber,
    [property: JsonPropertyName("change")] string Change,
    [property: JsonPropertyName("a_html")] string AHtml,
    [property: JsonPropertyName("b_html")] string BHtml);

/// <summary>Two documents (usually editions of one regulation) compared article by article (新旧对照).</summary>
public sealed class EditionComparison
{
    [JsonPropertyName("a")] public required string A { get; init; }
    [JsonPropertyName("b")] public required string B { get; init; }
    [JsonPropertyName("a_title")] public string ATitle { get; init; } = "";
    [JsonPropertyName("b_title")] public string BTitle { get; init; } = "";
    [JsonPropertyName("a_year")] public int? AYear { get; init; }
    [JsonPropertyName("b_year")] public int? BYear { get; init; }
    [JsonPropertyName("summary")] public required ComparisonSummary Summary { get; init; }
    [JsonPropertyName("articles")] public IReadOnlyList<ArticleComparison> Articles { get; init; } = [];
}
