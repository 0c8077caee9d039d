using System.Text.RegularExpressions;

namespace SearchPortal.Core.Corpus.Pdf;

/// <summary>
/// Finds the lines that are the page's furniture, not the document's text: running headers and footers (the same
/// line, digits aside, at the same height on many pages, in the top or bottom margin) and page numbers (- 3 -,
/// 第 3 页, 第3页 共5页, 3/5, a lone 3) in either margin. Written for this rather than PdfPig's
/// DecorationTextBlockClassifier, which compares whole text blocks and so misses a header that shares its block
/// with the title below it.
/// </summary>
internal static partial class PageDecorations
{
    /// <summary>Share of the page height at the top and at the bottom where headers and footers sit.</summary>
    private const double Margin = 0.12;

    /// <summary>Lines within this many points of each other's height count as "the same height".</summary>
    private const double SameHeight = 6;

    public static IReadOnlyList<PageLine> Remove(IReadOnlyList<IReadOnlyList<PageLine>> pages)
    {
        var pageCount = pages.Count(p => p.Count > 0);
        // A line repeated on at least half the pages (and on two at least) is a running header or footer.
        var needed = Math.Max(2, (pageCount + 1) / 2);
        var inMargins = pages.SelectMany(p => p).Where(InMargin).ToList();
        var repeated = inMargins
            .GroupBy(l => Key(l.Text))
            .Where(g => g.Select(l => l.Page).Distinct().Count() >= needed)
            .SelectMany(g => g.GroupBy(l => Math.Round(l.Top / SameHeight)).Where(h => h.Select(l => l.Page).Distinct().Count() >= needed).SelectMany(h => h))
            .ToHashSet();
        return pages.SelectMany(p => p).Where(l => !repeated.Contains(l) && !(InMargin(l) && IsPageNumber(l.Text))).ToList();
    }

    public static bool IsPageNumber(string text) => PageNumber().IsMatch(text.Trim());

    private static bool InMargin(PageLine line) => line.FromTop < Margin || line.FromBottom < Margin;

    /// <summary>Digits folded, so "第 3 页" and "第 4 页" or a header carrying the page number are one line.</summary>
    private static string Key(string text) => Digits().Replace(text.Replace(" ", "").Replace("\u3000", ""), "#");

    [GeneratedRegex(@"^(?:[-—–－~\s]*\d{1,4}[-—–－~\s]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
