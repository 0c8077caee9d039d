namespace SearchPortal.Core.Documents;

/// <summary>
/// The parts of a document that metadata rules look at, computed once: the title, the editor's note, the opening
/// paragraphs and the first lines. Rules never scan the whole text (only topics do), which keeps parsing fast.
/// </summary>
public sealed class DocumentHead
{
    /// <summary>How many leading paragraphs title, date, speaker and type cues are looked for in.</summary>
    public const int HeadParagraphs = 40;

    /// <summary>Lines up to this long near the top are notes, bylines or subtitles ("（一九四四年九月八日）", "时间:…").</summary>
    public const int MaxShortLine = 80;

    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>The title with 《…》 quotations removed (unless the title is nothing but a quotation).</summary>
    public required string TitleWithoutQuotes { get; init; }
    /// <summary>First sentence of a "这是…" editor's note near the top, markers removed; empty if none.</summary>
    public required string Note { get; init; }
    /// <summary>The first three paragraphs after the title, newline-separated.</summary>
    public required string Opening { get; init; }
    /// <summary>The first <see cref="HeadParagraphs"/> paragraphs (each cut to 120 characters), newline-separated.</summary>
    public required string Head { get; init; }
    /// <summary>The first paragraphs themselves, trimmed.</summary>
    public required IReadOnlyList<string> Lines { get; init; }
    /// <summary>Running text: several paragraphs made of sentences, not a list or a table.</summary>
    public required bool IsProse { get; init; }
}
