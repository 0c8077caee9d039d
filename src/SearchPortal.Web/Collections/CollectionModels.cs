using System.Text.Json.Serialization;

namespace SearchPortal.Web.Collections;

/// <summary>A named collection as lists show it.</summary>
public sealed record CollectionSummary(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("updated")] DateTimeOffset Updated);

/// <summary>
/// One saved quotation or paragraph with everything export needs, copied when saved, so a collection reads and exports
/// the same after the index changes or the document is gone.
/// </summary>
public sealed record CollectionItem
{
    [JsonPropertyName("id")] public long Id { get; init; }
    /// <summary><see cref="CollectionItemKinds.Paragraph"/> or <see cref="CollectionItemKinds.Quote"/>.</summary>
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }
    [JsonPropertyName("document_id")] public required string DocumentId { get; init; }
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("paragraph")] public int Paragraph { get; init; }
    /// <summary>The source as 复制引用 writes it after the quoted text: （《标题》，讲话人，2021年3月5日，章节）.</summary>
    [JsonPropertyName("citation")] public required string Citation { get; init; }
    [JsonPropertyName("added")] public DateTimeOffset Added { get; init; }
}

public static class CollectionItemKinds
{
    public const string Paragraph = "paragraph";
    public const string Quote = "quote";
}

/// <summary>A collection with its items in the writer's order.</summary>
public sealed record CollectionDetail(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("updated")] DateTimeOffset Updated,
    [property: JsonPropertyName("items")] IReadOnlyList<CollectionItem> Items);
