using System.Text;

namespace SearchPortal.Core.Corpus.Pdf;

/// <summary>
/// Joins a PDF's lines back into the paragraphs they were typeset from. A line starts a paragraph when it is indented
/// (Chinese paragraphs begin two characters in), or when the line before it stopped short of the right edge (the last
/// line of a paragraph, a centred title, a heading); otherwise it continues the paragraph, across page breaks too.
/// Chinese lines are joined without a space; Latin words across a line break with one.
/// </summary>
internal static class PdfParagraphs
{
    public static IReadOnlyList<string> Join(IReadOnlyList<PageLine> lines)
    {
        var paragraphs = new List<string>();
        if (lines.Count == 0) return paragraphs;
        var pages = lines.GroupBy(l => l.Page).ToDictionary(g => g.Key, g => Frame.Of(g.ToList()));
        var current = new StringBuilder();
        PageLine? previous = null;
        foreach (var line in lines)
        {
            var frame = pages[line.Page];
            var starts = previous == null || frame.IsIndented(line) || !pages[previous.Page].ReachesRight(previous);
            if (starts && current.Length > 0)
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }
            if (current.Length > 0 && char.IsAsciiLetterOrDigit(current[^1]) && char.IsAsciiLetterOrDigit(line.Text[0])) current.Append(' ');
            current.Append(line.Text.Trim());
            previous = line;
        }
        if (current.Length > 0) paragraphs.Add(current.ToString());
        return paragraphs;
    }

    /// <summary>
    /// The text frame of a page: its left edge, its usual right edge (the commonest line end: punctuation hanging
    /// past the margin and short last lines aside), and the size of one character.
    /// </summary>
    private sealed record Frame(double Left, double Right, double Em)
    {
        public static Frame Of(IReadOnlyList<PageLine> lines)
        {
            var heights = lines.Select(l => l.Height).Order().ToList();
            var em = Math.Max(1, heights[heights.Count / 2]);
            var right = lines.GroupBy(l => Math.Round(l.Right / em)).MaxBy(g => g.Count())!.Max(l => l.Right);
            return new Frame(lines.Min(l => l.Left), right, em);
        }

        public bool IsIndented(PageLine line) => line.Left - Left > Em;

        /// <summary>Within two characters of the right edge: Chinese line breaking may end a full line a character early.</summary>
        public bool ReachesRight(PageLine line) => Right - line.Right < 2 * Em;
    }
}
