namespace SearchPortal.Contracts;

/// <summary>Document search: the results page and GET /api/search.</summary>
public interface ISearchService
{
    SearchResponse Search(SearchRequest request);
    /// <summary>The words a search for <paramref name="query"/> marks (segmentation, expansions), without searching.</summary>
    IReadOnlyList<string> HighlightTerms(string query);
}

/// <summary>Whole documents by id, documents like one, and what the index holds.</summary>
public interface IDocumentStore
{
    /// <summary>The document, or null when it does not exist or <paramref name="scope"/> may not see it (the same answer).</summary>
    DocumentView? Get(string id, AccessScope scope);
    IReadOnlyList<SearchHit> Similar(string id, int count, AccessScope scope);
    /// <summary>Counts and newest documents of what <paramref name="scope"/> may see.</summary>
    IndexStatistics Statistics(AccessScope scope);
}

/// <summary>The quotation finder: search, one entry by key, the quotations of one document.</summary>
public interface IQuoteSearch
{
    QuoteSearchResponse Search(QuoteSearchRequest request);
    /// <summary>The entry whose key is the normalised form of <paramref name="key"/>, or null.</summary>
    /// <summary>Null too when <paramref name="scope"/> sees none of its sources; otherwise only the sources it may see.</summary>
    QuoteHit? Get(string key, AccessScope scope);
    /// <summary>Entries with a source in this document, most used first.</summary>
    IReadOnlyList<QuoteHit> ForDocument(string id, AccessScope scope);
    /// <summary>Every quotation in this document with its exact wording and paragraph, in reading order.</summary>
    IReadOnlyList<QuoteOccurrence> InDocument(string id, AccessScope scope);
}

public enum IndexState { Missing, Outdated, Current }

/// <summary>The index as the site manages it: its state, picking up new commits, and a rebuild from the corpus.</summary>
public interface ISearchIndex
{
    IndexState State { get; }
    /// <summary>Changes whenever the site starts serving another commit.</summary>
    long Generation { get; }
    /// <summary>Opens the newest commit if there is one; true when the served commit changed.</summary>
    bool Refresh();
    /// <summary>Rebuilds the index from the configured corpus folder (the previous commit serves meanwhile).</summary>
    IndexRunSummary Rebuild(IProgress<IndexProgress>? progress, CancellationToken cancellationToken);
}

/// <summary>The reuse check (查重/溯源): which sentences of a draft occur in indexed documents, and where.</summary>
public interface IReuseCheck
{
    /// <summary>Checks <paramref name="draft"/> (cleaned with <see cref="InputCleaner.CleanDraft"/> and cut at
    /// <see cref="SearchLimits.MaxDraftLength"/>); offsets in the report are offsets into <paramref name="draft"/>.</summary>
    ReuseReport Check(string? draft, AccessScope scope);
    /// <summary>The paragraphs of document <paramref name="id"/> that also appear, nearly whole, in other documents
    /// (the document page's 另见 N 篇), in reading order; empty for an unknown id.</summary>
    IReadOnlyList<ParagraphEchoes> Echoes(string id, AccessScope scope);
}
