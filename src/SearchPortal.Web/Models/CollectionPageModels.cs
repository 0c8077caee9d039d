using SearchPortal.Web.Collections;

namespace SearchPortal.Web.Models;

/// <summary>/collections: the owner's collections and the form to create one.</summary>
public sealed class CollectionsPageModel
{
    public IReadOnlyList<CollectionSummary> Collections { get; init; } = [];
    public string? Error { get; init; }
    public string Name { get; init; } = "";
}

/// <summary>/collections/{id}: one collection's items in order.</summary>
public sealed class CollectionPageModel
{
    public required CollectionDetail Collection { get; init; }
    public string? Error { get; init; }
}

/// <summary>
/// /collections/save: what is being saved (a paragraph or a quotation, shown with its citation), the collections to
/// choose from, a new collection's name, and where to go back to.
/// </summary>
public sealed class SavePageModel
{
    public required CollectionItem Item { get; init; }
    public string? DocumentId { get; init; }
    public int Paragraph { get; init; }
    public string? Key { get; init; }
    public string ReturnUrl { get; init; } = "/collections";
    public IReadOnlyList<CollectionSummary> Collections { get; init; } = [];
    public string? Error { get; init; }
    /// <summary>Set once saved: the collection it went into.</summary>
    public CollectionSummary? SavedTo { get; init; }
}
