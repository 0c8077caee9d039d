using System.Text.Json;
using System.Text.Json.Serialization;
using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Indexing;

/// <summary>Paragraph as stored on the document entry (JSON) for the document page and API.</summary>
public sealed record StoredParagraph(
    [property: JsonPropertyName("ordinal")] int Ordinal,
    [property: JsonPropertyName("heading_path")] string HeadingPath,
    [property: JsonPropertyName("level")] int HeadingLevel,
    [property: JsonPropertyName("text")] string Text)
{
    public static string Serialize(IEnumerable<Paragraph> paragraphs) =>
        JsonSerializer.Serialize(paragraphs.Select(p => new StoredParagraph(p.Ordinal, p.HeadingPath, p.HeadingLevel, p.Text)));

    public static IReadOnlyList<StoredParagraph> Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<StoredParagraph>>(json) ?? [];
}
