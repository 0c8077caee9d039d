using System.Text.RegularExpressions;

namespace SearchPortal.Core.Documents;

/// <summary>
/// The document's own date from its head: a full date in the title or file name; else an edition year there
/// ("纪律处分条例 2018", "…（2015年修订）"), with a full date near the top only when it is of that year; else a date
/// note under the title ("（一九三七年七月）") or a short dated line near the top.
/// </summary>
public sealed partial class DocumentDateFinder(DateExtractor dates)
{
    public FoundDate? Find(DocumentHead head)
    {
        var fileName = Path.GetFileNameWithoutExtension(head.Id);
        if (dates.FindFullDate(head.Title) is { } inTitle) return inTitle;
        if (dates.FindFullDate(fileName, allowCompact: true) is { } inFileName) return inFileName;

        // An edition year in the title or file name ("纪律处分条例 2018", "…（2015年修订）") names the document;
        // a full date near the top is used only when it is of that year (the others are earlier editions' dates).
        var editionYear = (dates.FindYear(head.Title) ?? dates.FindYear(TrailingYear(head.Title))
                           ?? dates.FindYear(fileName) ?? dates.FindYear(TrailingYear(fileName)))?.Year;

        // "（一九三七年七月）" under the title is the document's own date, even without a day.
        foreach (var line in head.Lines.Take(10))
            if (IsDateNote(line) && (dates.FindFullDate(line, year: editionYear) ?? dates.FindYear(line)) is { } note
                && (editionYear == null || note.Year == editionYear)) return note;

        foreach (var line in head.Lines)
            if (line.Length <= DocumentHead.MaxShortLine && MayHoldDate(line) && dates.FindFullDate(line, year: editionYear) is { } d) return d;
        foreach (var line in head.Lines.Take(10))
            if (MayHoldDate(line) && dates.FindFullDate(line.Length > 300 ? line[..300] : line, year: editionYear) is { } d) return d;
        if (editionYear is { } year) return FoundDate.YearOnly(year);
        foreach (var line in head.Lines.Take(10))
            if (line.Length <= DocumentHead.MaxShortLine && MayHoldDate(line) && dates.FindYear(line) is { } y) return y;
        return null;
    }

    /// <summary>A full date sets <see cref="DocumentMetadata.Date"/>; a year alone sets <see cref="DocumentMetadata.YearOnly"/>.</summary>
    public static void Apply(DocumentMetadata meta, FoundDate? found)
    {
        meta.Date = found?.Date;
        meta.YearOnly = found is { Date: null } f ? f.Year : null;
    }

    private static bool IsDateNote(string line) =>
        line.Length <= 40 && line.Length > 4 && line[0] is '（' or '(' && line[^1] is '）' or ')' && line.Contains('年');

    /// <summary>"中国共产党纪律处分条例 2018" / "…条例_2023": a bare year at the end, rewritten as "2018年" for the year finder.</summary>
    private static string TrailingYear(string text)
    {
        var m = TrailingYearRegex().Match(text);
        return m.Success ? m.Groups[1].Value + "年" : "";
    }

    // Most lines hold no date at all: skip the date patterns unless a digit or 年 is present.
    private static bool MayHoldDate(string line) => line.AsSpan().IndexOfAny(DateChars) >= 0;

    private static readonly System.Buffers.SearchValues<char> DateChars =
        System.Buffers.SearchValues.Create("0123456789年");

    [GeneratedRegex(@"(?<![0-9])((?:19|20)[0-9]{2})[\s_]*$")]
    private static partial Regex TrailingYearRegex();
}
