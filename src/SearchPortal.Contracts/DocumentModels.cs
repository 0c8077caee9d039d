using System.Text.Json.Serialization;

namespace SearchPortal.Contracts;

/// <summary>One paragraph of a document as the document page and API show it (anchor #p-ordinal).</summary>
public sealed record DocumentParagraph(
    [property: JsonPropertyName("ordinal")] int Ordinal,
    [property: JsonPropertyName("heading_path")] string HeadingPath,
    [property: JsonPropertyName("level")] int HeadingLevel,
    [property: JsonPropertyName("text")] string Text);

/// <summary>One edition of a regulation: its document, title, year and validity.</summary>
public sealed record EditionInfo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("year")] int? Year,
    [property: JsonPropertyName("status")] string Status);
