using System.Text.Json.Serialization;

namespace SearchPortal.Contracts;

/// <summary>
/// Where a draft repeats indexed documents: the sentences found in them (verbatim or lightly edited), each with its
/// sources, and the share of the draft's characters (letters and digits) that those sentences make up.
/// </summary>
public sealed record ReuseReport
{
    [JsonPropertyName("reused_share")] public double ReusedShare { get; init; }
    /// <summary>Reused sentences in draft order; text found nowhere is not listed.</summary>
    [JsonPropertyName("segments")] public IReadOnlyList<ReuseSegment> Segments { get; init; } = [];
    /// <summary>Characters of the posted text that were checked (the draft is cut at <see cref="SearchLimits.MaxDraftLength"/>).</summary>
    [JsonPropertyName("checked_length")] public int CheckedLength { get; init; }
    [JsonPropertyName("notice"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Notice { get; init; }
}

/// <summary>One reused sentence: <see cref="Start"/>/<see cref="End"/> are character offsets (UTF-16) into the checked text.</summary>
public sealed record ReuseSegment(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("sources")] IReadOnlyList<ReuseSource> Sources);

/// <summary>A paragraph of an indexed document that contains the sentence; <see cref="Similarity"/> is 1 for verbatim.</summary>
public sealed record ReuseSource(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("paragraph")] int Paragraph,
    [property: JsonPropertyName("similarity")] double Similarity,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("date"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Date);

/// <summary>Other documents that contain one paragraph of a document (the document page's 另见 N 篇).</summary>
public sealed record ParagraphEchoes(
    [property: JsonPropertyName("paragraph")] int Paragraph,
    [property: JsonPropertyName("sources")] IReadOnlyList<ReuseSource> Sources);
