namespace SearchPortal.Core.Corpus;

public enum BlockKind { Paragraph, Heading }

/// <summary>
/// One block of a document as the reader found it: a heading (with its level, 1 = top) or a paragraph.
/// Plain-text readers emit one paragraph per non-empty line; structure is inferred later.
/// </summary>
public sealed record TextBlock(BlockKind Kind, string Text, int Level = 0);

/// <summary>
/// What a format reader produces: the decoded original text (kept for display), blocks in reading order,
/// a title if the format marks one (Markdown H1, docx Title style, HTML &lt;h1&gt;/&lt;title&gt;),
/// and YAML front matter key/values if present.
/// </summary>
public sealed class RawDocument
{
    public required string Id { get; init; }
    public required string Format { get; init; }
    public required string OriginalText { get; init; }
    public required IReadOnlyList<TextBlock> Blocks { get; init; }
    public string? Title { get; init; }
    public string? EncodingName { get; init; }
    public IReadOnlyDictionary<string, string> FrontMatter { get; init; } = new Dictionary<string, string>();
}

/// <summary>A file that could not be read: the indexer reports it with its path and reason and goes on.</summary>
public sealed class DocumentReadException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    public string Reason => Message;
}
