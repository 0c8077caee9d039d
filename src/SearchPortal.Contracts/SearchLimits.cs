namespace SearchPortal.Contracts;

/// <summary>
/// Every size, page and length limit of the product, for every endpoint (pages and JSON API, documents and
/// quotations). Requests are clamped to these, never rejected; what was cut is said in the response's notice.
/// The collection limits are the exception: saving is refused with a Chinese message, since cutting a saved
/// quotation or dropping an item silently would lose a writer's material.
/// </summary>
public sealed record SearchLimits
{
    public static SearchLimits Default { get; } = new();

    /// <summary>Characters of query text kept; longer text is cut, with a notice.</summary>
    public int MaxQueryLength { get; init; } = 256;
    public int DefaultPageSize { get; init; } = 10;
    /// <summary>Page sizes offered by the pages; the API accepts any size from 1 to <see cref="MaxPageSize"/>.</summary>
    public IReadOnlyList<int> PageSizes { get; init; } = [10, 20, 50];
    public int MaxPageSize { get; init; } = 50;
    public int MaxPage { get; init; } = 1000;
    /// <summary>Deepest result reachable by paging (page × size); deeper pages are clamped.</summary>
    public int MaxResultWindow { get; init; } = 10_000;
    public int MaxValuesPerFacet { get; init; } = 50;
    public int MaxFacetValueLength { get; init; } = 100;
    public int PassagesPerHit { get; init; } = 3;
    public int SimilarDocuments { get; init; } = 5;
    public int MaxSimilarDocuments { get; init; } = 20;
    /// <summary>Longest quotation key or document id looked up.</summary>
    public int MaxKeyLength { get; init; } = 2000;
    /// <summary>Characters of a draft checked for reuse (about 15 pages); the rest is cut, with a notice.</summary>
    public int MaxDraftLength { get; init; } = 20_000;
    /// <summary>Largest .docx accepted by the reuse page (Word files carry styles and images besides the text).</summary>
    public int MaxDraftUploadBytes { get; init; } = 8 * 1024 * 1024;
    /// <summary>Sources listed per reused sentence (the closest first, one paragraph per document).</summary>
    public int ReuseSourcesPerSegment { get; init; } = 5;
    /// <summary>Suggestions shown under a search box as the user types (titles, terms, quotations together).</summary>
    public int MaxSuggestions { get; init; } = 8;
    /// <summary>Characters of a quotation shown as a suggestion; longer ones are cut with an ellipsis.</summary>
    public int MaxSuggestionLength { get; init; } = 40;
    /// <summary>Paragraphs read back to check 同句 (every term in one sentence); the rest are not checked, with a notice.</summary>
    public int MaxSentenceCheckParagraphs { get; init; } = 20_000;
    /// <summary>Characters of a collection's name.</summary>
    public int MaxCollectionNameLength { get; init; } = 40;
    /// <summary>Characters of one saved item's text (a long regulation article fits; a whole document does not).</summary>
    public int MaxCollectionItemLength { get; init; } = 10_000;
    public int MaxItemsPerCollection { get; init; } = 500;
    public int MaxCollectionsPerOwner { get; init; } = 100;

    /// <summary>Size 1..<see cref="MaxPageSize"/> (default when absent or not positive).</summary>
    public int ClampSize(int size) => size <= 0 ? DefaultPageSize : Math.Min(size, MaxPageSize);

    /// <summary>Page ≥ 1, size as <see cref="ClampSize"/>, and page × size within <see cref="MaxResultWindow"/>.</summary>
    public (int Page, int Size) ClampPaging(int page, int size)
    {
        size = ClampSize(size);
        page = Math.Clamp(page, 1, MaxPage);
        if ((long)page * size > MaxResultWindow) page = Math.Max(1, MaxResultWindow / size);
        return (page, size);
    }

    /// <summary>
    /// The last page a listing of <paramref name="total"/> entries can show at this size: the page count, within
    /// <see cref="MaxPage"/> and <see cref="MaxResultWindow"/> as <see cref="ClampPaging"/> would clamp it (0 when empty).
    /// </summary>
    public int LastPage(int total, int size)
    {
        size = ClampSize(size);
        var pages = (int)Math.Min(int.MaxValue, ((long)Math.Max(0, total) + size - 1) / size);
        return Math.Min(pages, ClampPaging(int.MaxValue, size).Page);
    }

    /// <summary>The draft cut to <see cref="MaxDraftLength"/> without splitting a surrogate pair, and the notice saying so.</summary>
    public (string Text, string? Notice) CutDraft(string text)
    {
        if (text.Length <= MaxDraftLength) return (text, null);
        return (Cut(text, MaxDraftLength), $"稿件过长，只检查了前 {MaxDraftLength} 个字符。");
    }

    /// <summary>The query cut to <see cref="MaxQueryLength"/> without splitting a surrogate pair, and the notice saying so.</summary>
    public (string Text, string? Notice) CutQuery(string text)
    {
        if (text.Length <= MaxQueryLength) return (text, null);
        return (Cut(text, MaxQueryLength).TrimEnd(), $"查询过长，只使用了前 {MaxQueryLength} 个字符。");
    }

    /// <summary>The first <paramref name="max"/> characters, one fewer when that would split a surrogate pair.</summary>
    private static string Cut(string text, int max) => text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)];
}
