using System.Text.Json.Serialization;

namespace SearchPortal.Contracts;

/// <summary>What a suggestion is: a document's title, a lexicon term, or the beginning of a quotation.</summary>
public static class SuggestionKinds
{
    public const string Title = "title";
    public const string Term = "term";
    public const string Quote = "quote";
}

/// <summary>
/// One completion of what the user has typed. <see cref="Id"/> is the document id of a title, the quotation key of a
/// quote, and null for a term (a term is searched).
/// </summary>
public sealed record Suggestion(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("id")] string? Id);

/// <summary>GET /api/suggest: at most <see cref="SearchLimits.MaxSuggestions"/> completions, best first.</summary>
public sealed record SuggestResponse([property: JsonPropertyName("suggestions")] IReadOnlyList<Suggestion> Suggestions);

/// <summary>Suggestions as you type: titles, then lexicon terms, then quotations, whose normalised form starts with the text.</summary>
public interface ISuggestService
{
    /// <summary>Completions of <paramref name="prefix"/> (cleaned with <see cref="InputCleaner"/>); empty for empty input.</summary>
    IReadOnlyList<Suggestion> Suggest(string? prefix, AccessScope scope);
}
