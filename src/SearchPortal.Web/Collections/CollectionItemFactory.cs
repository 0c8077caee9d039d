using SearchPortal.Web.Services;

namespace SearchPortal.Web.Collections;

/// <summary>
/// Builds the item to save from what the writer pointed at (a document's paragraph, or a quotation entry), reading the
/// text from the index and the citation from <see cref="CitationFormatter"/>, the formatter behind 复制引用; the browser
/// sends only references, so a saved citation cannot be made up; read with the writer's access scope, so nothing the
/// writer may not see can be saved.
/// </summary>
public sealed class CollectionItemFactory(IDocumentStore documents, IQuoteSearch quotes, CitationFormatter citations, SearchLimits limits)
{
    /// <summary>Paragraph <paramref name="ordinal"/> of document <paramref name="documentId"/>, or null when there is none.</summary>
    public CollectionItem? Paragraph(string? documentId, int ordinal, AccessScope scope)
    {
        if (string.IsNullOrWhiteSpace(documentId) || documentId.Length > limits.MaxKeyLength) return null;
        var doc = documents.Get(documentId, scope);
        var p = doc?.Paragraphs.FirstOrDefault(x => x.Ordinal == ordinal);
        if (doc == null || p == null) return null;
        return Item(CollectionItemKinds.Paragraph, p.Text.Trim(), doc, p);
    }

    /// <summary>
    /// The quotation entry <paramref name="key"/> with its attribution (习近平总书记指出：“…”), cited from its earliest
    /// source's paragraph as 复制引用 cites that paragraph; null when the key is unknown.
    /// </summary>
    public CollectionItem? Quote(string? key, AccessScope scope)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > limits.MaxKeyLength) return null;
        var hit = quotes.Get(key, scope);
        if (hit == null || hit.Sources.Count == 0) return null;
        var source = hit.Sources[0];
        var doc = documents.Get(source.Id, scope);
        if (doc == null) return null;
        var p = doc.Paragraphs.FirstOrDefault(x => x.Ordinal == source.Ordinal);
        return Item(CollectionItemKinds.Quote, hit.Attributed, doc, p);
    }

    private CollectionItem Item(string kind, string text, DocumentView doc, DocumentParagraph? p) => new()
    {
        Kind = kind,
        Text = text,
        DocumentId = doc.Id,
        Title = doc.Title,
        Date = doc.Date ?? doc.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Paragraph = p?.Ordinal ?? 0,
        Citation = citations.Source(doc, p?.Text ?? "", p?.HeadingPath ?? ""),
    };
}
