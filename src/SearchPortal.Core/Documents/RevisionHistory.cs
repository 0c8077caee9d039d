using System.Text.RegularExpressions;

namespace SearchPortal.Core.Documents;

/// <summary>
/// The head of a regulation's text: the paragraphs above its first article (第一条/第一章/第一编), within the first 40,
/// where its adoption and revision history (1979年7月1日…通过 … 2018年10月26日…第三次修正) and a part heading stand.
/// One definition for the edition year, the part a file holds and the date since which citations' article numbers hold.
/// </summary>
public static partial class RevisionHistory
{
    private const int MaxParagraphs = 40;

    public static IEnumerable<Paragraph> Head(IReadOnlyList<Paragraph> paragraphs) =>
        paragraphs.Take(MaxParagraphs).TakeWhile(p => !FirstArticle().IsMatch(p.Text));

    [GeneratedRegex(@"^\s*第[一1]\s*[条章编]")]
    private static partial Regex FirstArticle();
}
