using System.Globalization;

namespace SearchPortal.Web.Services;

/// <summary>
/// Builds the text the "复制引用" buttons copy, e.g.
/// “…”（《标题》，副县长，2021年3月5日，二、正视问题…）. Unknown parts are left out.
/// </summary>
public sealed class CitationFormatter
{
    public string ForParagraph(DocumentView doc, string paragraphText, string headingPath) =>
        $"“{paragraphText.Trim()}”{Source(doc, paragraphText, headingPath)}";

    /// <summary>
    /// The bracketed source that follows the quoted text in <see cref="ForParagraph"/>, e.g.
    /// （《标题》，副县长，2021年3月5日，二、正视问题）: what a saved collection item keeps as its citation.
    /// </summary>
    public string Source(DocumentSummary doc, string paragraphText, string headingPath)
    {
        var section = headingPath.Replace(" › ", "，", StringComparison.Ordinal).Trim();
        // A heading cited as itself needs no section after it.
        if (section == paragraphText.Trim()) section = "";
        return $"（{string.Join("，", Parts(doc, section))}）";
    }

    public string ForTitle(DocumentView doc) => string.Join("，", Parts(doc, ""));

    private static IEnumerable<string> Parts(DocumentSummary doc, string section)
    {
        yield return $"《{doc.Title.Trim()}》";
        var who = string.Join("", new[] { doc.Role, doc.Speaker }.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct());
        if (who.Length > 0) yield return who;
        var date = FormatDate(doc.Date, doc.Year);
        if (date.Length > 0) yield return date;
        if (section.Length > 0) yield return section;
    }

    /// <summary>2021-03-05 → 2021年3月5日; a year alone → 2021年.</summary>
    public static string FormatDate(string? isoDate, int? year)
    {
        if (DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return $"{d.Year}年{d.Month}月{d.Day}日";
        return year is { } y ? $"{y}年" : "";
    }
}
