namespace SearchPortal.Core.Quotes;

/// <summary>
/// Field names of quotation entries, the index's third entry kind (<see cref="Indexing.IndexSchema.Kind"/> =
/// <see cref="KindQuote"/>), one per <see cref="QuoteEntry"/>. Their text is indexed in
/// <see cref="Indexing.IndexSchema.QuoteBody"/>/<see cref="Indexing.IndexSchema.QuoteBodyBigram"/> (queries built for
/// documents are mapped there by <see cref="Indexing.IndexSchema.ForQuotes"/>) and stored in <see cref="Indexing.IndexSchema.Text"/>.
/// (Candidates to move into IndexSchema.)
/// </summary>
public static class QuoteFields
{
    public const string KindQuote = "quote";
    /// <summary>
    /// One quotation found in one paragraph, written with its document (same <see cref="Indexing.IndexSchema.Id"/>,
    /// so updating or deleting the document replaces them): the catalog is rebuilt from these without re-reading
    /// any document. Stored fields only (Key, Who, QuoteKind, Text, Ordinal, Title, Year), nothing searchable.
    /// </summary>
    public const string KindOccurrence = "quote_occ";
    /// <summary>Normalised dedup key (StringField, stored): the entry's identity, used by document-page links.</summary>
    public const string Key = "quote_key";
    /// <summary>Who is quoted, exact (StringField, stored; absent when nobody is named).</summary>
    public const string Who = "quote_who";
    /// <summary>leader | classical | document | other (StringField, stored).</summary>
    public const string QuoteKind = "quote_kind";
    /// <summary>Number of documents using it: stored and numeric doc values (sort by usage).</summary>
    public const string Count = "quote_count";
    /// <summary>Sources as JSON, earliest first (stored).</summary>
    public const string SourcesJson = "quote_sources";
    /// <summary>Each source document id (StringField, not stored): quotations of one document.</summary>
    public const string SourceId = "quote_source";
}
