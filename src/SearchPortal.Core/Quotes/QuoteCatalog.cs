using System.Text.Json.Serialization;

namespace SearchPortal.Core.Quotes;

/// <summary>
/// One quotation with every place it is used. <see cref="Count"/> is the number of distinct documents;
/// <see cref="Sources"/> are ordered earliest year first (unknown years last), one per document.
/// </summary>
public sealed class QuoteEntry
{
    [JsonPropertyName("key")] public required string Key { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }
    [JsonPropertyName("who")] public required string Who { get; init; }
    [JsonIgnore] public QuoteKind Kind { get; init; }
    [JsonPropertyName("kind")] public string KindName => Kind.ToApi();
    [JsonPropertyName("count")] public int Count => Sources.Count;
    [JsonPropertyName("sources")] public required IReadOnlyList<QuoteSource> Sources { get; init; }
}

/// <summary>
/// Groups extracted quotations by their normalised key: the same quotation in many documents is one entry with
/// the most common wording, the most specific attribution (a named leader/document/classical source beats a bare
/// kind, which beats none; ties go to the most frequent) and all its sources.
/// </summary>
public static class QuoteCatalog
{
    public static IReadOnlyList<QuoteEntry> Build(IEnumerable<Quote> quotes) =>
        quotes.GroupBy(q => q.Key, StringComparer.Ordinal)
            .Select(ToEntry)
            .OrderByDescending(e => e.Count)
            .ThenBy(e => e.Sources[0].Year ?? int.MaxValue)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToList();

    private static QuoteEntry ToEntry(IGrouping<string, Quote> group)
    {
        var all = group.ToList();
        var text = all.GroupBy(q => q.Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(q => q.Source.Year ?? int.MaxValue))
            .First().Key;
        var attribution = all.Select(q => new Attribution(q.Who, q.Kind))
            .GroupBy(a => a)
            .OrderByDescending(g => g.Key.Specificity)
            .ThenByDescending(g => g.Count())
            .First().Key;
        // One source per document: its first paragraph using the quotation.
        var sources = all.Select(q => q.Source)
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .Select(g => g.OrderBy(s => s.Ordinal).First())
            .OrderBy(s => s.Year ?? int.MaxValue)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        return new QuoteEntry { Key = group.Key, Text = text, Who = attribution.Who, Kind = attribution.Kind, Sources = sources };
    }
}
