namespace SearchPortal.Core.Documents;

/// <summary>
/// A paragraph (or heading) of a parsed document. <see cref="Ordinal"/> numbers paragraphs from 1 in reading
/// order and is the anchor on the document page (#p-12). <see cref="HeadingPath"/> joins the enclosing
/// headings with " › " (e.g. "二、正视问题… › 2.要深刻剖析…"). <see cref="HeadingLevel"/> is 0 for body text.
/// </summary>
public sealed record Paragraph(int Ordinal, string Text, string HeadingPath, int HeadingLevel = 0)
{
    public bool IsHeading => HeadingLevel > 0;
}

/// <summary>Extracted metadata. Empty strings mean unknown; facets skip them.</summary>
public sealed class DocumentMetadata
{
    public string Title { get; set; } = "";
    public DateOnly? Date { get; set; }
    public int? Year => Date?.Year ?? YearOnly;
    /// <summary>A year known without a full date (e.g. "2015年修订").</summary>
    public int? YearOnly { get; set; }
    /// <summary>One of 讲话, 报告, 法律, 条例, 通报, 决定, 意见, 问答, 文章, 新闻, 心得体会, 其他.</summary>
    public string Type { get; set; } = "其他";
    public string Speaker { get; set; } = "";
    public string Role { get; set; } = "";
    /// <summary>中央, 省, 市, 县, 乡镇 or empty.</summary>
    public string Level { get; set; } = "";
    /// <summary>Canonical occasion, the facet value (民主生活会, 党风廉政建设工作会议, 工作会议 …; Data/occasions.txt).</summary>
    public string Occasion { get; set; } = "";
    /// <summary>The occasion as named in the document ("市委常委班子2016年度民主生活会"); not a facet.</summary>
    public string OccasionDetail { get; set; } = "";

    /// <summary>A regulation's lineage key (editions share it; <see cref="RegulationEditions"/>), empty for other documents.</summary>
    public string EditionKey { get; set; } = "";
    /// <summary>The edition's year: from the title, else the document's year.</summary>
    public int? EditionYear { get; set; }
    /// <summary>The repealing document when Data/repealed.txt lists this regulation, else empty.</summary>
    public string RepealedBy { get; set; } = "";

    /// <summary>Who may read it, from front matter (<c>access:</c>); null when the front matter does not say (access.txt
    /// or the default level then decide, at index time).</summary>
    public AccessLevel? Access { get; set; }
    /// <summary>Why a front-matter <c>access:</c> value was not understood (the document is then <see cref="AccessLevel.Closed"/>).</summary>
    public string? AccessProblem { get; set; }

    /// <summary>
    /// The values of every keyword facet (a catalogue facet with <see cref="FacetDefinition.KeywordRules"/>), by facet
    /// field: topics and any facet a deployment adds. The one place they are kept; <see cref="Topics"/> reads it.
    /// </summary>
    public Dictionary<string, List<string>> Tags { get; } = new(StringComparer.Ordinal);

    /// <summary>The topic facet's values (Data/topics.txt), most relevant first.</summary>
    public List<string> Topics
    {
        get => Tagged(FacetCatalog.Topic);
        set => Tags[FacetCatalog.Topic] = value;
    }

    /// <summary>A keyword facet's values (an empty list, kept, when none were tagged yet).</summary>
    public List<string> Tagged(string field) =>
        Tags.TryGetValue(field, out var values) ? values : Tags[field] = [];

    /// <summary>
    /// The values a document facet of the catalogue is indexed with: the built-in single-valued facets read their
    /// property, every other facet its tagged values. Empty strings are unknown values (not indexed).
    /// </summary>
    public IReadOnlyList<string> FacetValues(string field) => field switch
    {
        FacetCatalog.Type => [Type],
        FacetCatalog.Year => [Year?.ToString() ?? ""],
        FacetCatalog.Level => [Level],
        FacetCatalog.Role => [Role],
        FacetCatalog.Occasion => [Occasion],
        _ => Tags.TryGetValue(field, out var values) ? values : [],
    };
}

/// <summary>A document ready to index: cleaned paragraphs with structure, metadata, and the original text for display.</summary>
public sealed class ParsedDocument
{
    public required string Id { get; init; }
    public required string Format { get; init; }
    public required DocumentMetadata Metadata { get; init; }
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }
    /// <summary>The decoded text before cleaning, shown as "原文".</summary>
    public required string OriginalText { get; init; }
    /// <summary>SHA-256 (hex) of the file bytes: the incremental indexer compares it.</summary>
    public required string ContentHash { get; init; }
    public long Length { get; init; }
    public string Title => Metadata.Title;
    /// <summary>Cleaned body text: paragraphs joined by newlines.</summary>
    public string Body => string.Join('\n', Paragraphs.Select(p => p.Text));
}
