using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SearchPortal.Core.Documents;

namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>Paragraphs as stored on the document entry (JSON), for the document page and API.</summary>
public static class StoredParagraph
{
    // Stored, never embedded in HTML as is: keep Chinese as UTF-8 instead of \uXXXX escapes (half the bytes).
    // Citations are not stored with the paragraphs (they live in the citation entries): null, and not written.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(IEnumerable<Paragraph> paragraphs) =>
        JsonSerializer.Serialize(paragraphs.Select(p => new DocumentParagraph(p.Ordinal, p.HeadingPath, p.HeadingLevel, p.Text)), Options);

    public static IReadOnlyList<DocumentParagraph> Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<DocumentParagraph>>(json) ?? [];
}
