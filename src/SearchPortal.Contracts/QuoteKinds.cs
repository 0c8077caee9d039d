using System.Text.Json.Serialization;

namespace SearchPortal.Contracts;

/// <summary>What a quotation is: a leader's words, a classical saying, a document's wording, or anything else quoted.</summary>
public enum QuoteKind { Leader, Classical, Document, Other }

public static class QuoteKinds
{
    /// <summary>The API spelling: leader, classical, document, other.</summary>
    public static string ToApi(this QuoteKind kind) => kind switch
    {
        QuoteKind.Leader => "leader",
        QuoteKind.Classical => "classical",
        QuoteKind.Document => "document",
        _ => "other",
    };

    public static bool TryParse(string? value, out QuoteKind kind)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "leader": kind = QuoteKind.Leader; return true;
            case "classical": kind = QuoteKind.Classical; return true;
            case "document": kind = QuoteKind.Document; return true;
            case "other": kind = QuoteKind.Other; return true;
            default: kind = QuoteKind.Other; return false;
        }
    }

    /// <summary>Chinese label for the UI.</summary>
    public static string Label(this QuoteKind kind) => kind switch
    {
        QuoteKind.Leader => "领导人讲话",
        QuoteKind.Classical => "古语名言",
        QuoteKind.Document => "文件条文",
        _ => "其他引文",
    };
}

/// <summary>Where a quotation was found: the document, its title and year, and the paragraph (anchor #p-ordinal).</summary>
public sealed record QuoteSource(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("ordinal")] int Ordinal,
    [property: JsonPropertyName("year")] int? Year);

