using System.Text.Json.Serialization;

namespace SearchPortal.Contracts;

/// <summary>One paragraph of a document as the document page and API show it (anchor #p-ordinal).</summary>
public sealed record DocumentParagraph(
    [property: JsonPropertyName("ordinal")] int Ordinal,
    [property: JsonPropertyName("heading_path")] string HeadingPath,
    [property: JsonPropertyName("level")] int HeadingLevel,
    [property: JsonPropertyName("text")] string Text)
{
    /// <summary>The article citations written in this paragraph, each resolved to the article it cites (法条联想).</summary>
    [JsonPropertyName("citations")] public IReadOnlyList<ParagraphCitation>? Citations { get; init; }
    /// <summary>For an article of a regulation: the documents that cite it (absent when none does).</summary>
    [JsonPropertyName("cited_by")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CitingDocument>? CitedBy { get; init; }
}

/// <summary>
/// An article citation in a paragraph (《中国共产党纪律处分条例》第二十八条, 本条例第五条 …) and the article it points to:
/// the document (the edition in force on the citing document's date), the article number and the article's paragraph.
/// </summary>
public sealed record ParagraphCitation(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("target_id")] string TargetId,
    [property: JsonPropertyName("article")] int Article,
    [property: JsonPropertyName("target_paragraph")] int TargetParagraph)
{
    /// <summary>Where <see cref="Text"/> starts in the paragraph (UTF-16 offset).</summary>
    [JsonPropertyName("start")] public int Start { get; init; }
    /// <summary>The cited document's title and the article's opening text (the link's hover).</summary>
    [JsonPropertyName("target_title")] public string TargetTitle { get; init; } = "";
    [JsonIgnore] public string ArticleText { get; init; } = "";
}

/// <summary>A document that cites an article: its id, title and date.</summary>
public sealed record CitingDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("date")] string? Date);

/// <summary>One edition of a regulation: its document, title, year and validity.</summary>
public sealed record EditionInfo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("year")] int? Year,
    [property: JsonPropertyName("status")] string Status);
