using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace SearchPortal.Core.Corpus.Pdf;

/// <summary>
/// A page's lines in reading order, by PdfPig's layout analysis: letters → words (nearest neighbour), words → text
/// blocks by recursive XY cut (whitespace cuts: columns apart, then top to bottom), each block's lines top to bottom.
/// The content stream's own order is not used: generators write headers, footers and columns in any order. Docstrum
/// was tried first and merged a running header into the body's first line on pages of a LibreOffice PDF
/// (PdfReaderTests pin the order on such a file).
/// </summary>
internal static class PdfPageLayout
{
    public static IReadOnlyList<PageLine> Lines(Page page)
    {
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0) return [];
        var lines = new List<PageLine>();
        foreach (var block in RecursiveXYCut.Instance.GetBlocks(words))
            foreach (var line in block.TextLines)
            {
                var box = line.BoundingBox;
                lines.Add(new PageLine(page.Number, Join(line.Words), box.Left, box.Right, box.Bottom, box.Top, page.Width, page.Height));
            }
        return lines;
    }

    /// <summary>
    /// The words of a line as one string. A PDF draws no spaces, only gaps: a gap of half a character or more between
    /// two words is a space (the ideographic space of 第一条　为… between Chinese, an ordinary one otherwise); a smaller
    /// gap (justified Chinese text spaced out) is none.
    /// </summary>
    private static string Join(IReadOnlyList<Word> words)
    {
        var sb = new StringBuilder();
        Word? previous = null;
        foreach (var word in words.OrderBy(w => w.BoundingBox.Left))
        {
            var text = word.Text.Trim();
            if (text.Length == 0) continue;
            if (previous != null)
            {
                var gap = word.BoundingBox.Left - previous.BoundingBox.Right;
                var em = Math.Max(word.BoundingBox.Height, previous.BoundingBox.Height);
                if (gap >= 0.5 * em) sb.Append(IsCjk(sb[^1]) || IsCjk(text[0]) ? '\u3000' : ' ');
                else if (!IsCjk(sb[^1]) && !IsCjk(text[0]) && gap > 0.15 * em) sb.Append(' ');
            }
            sb.Append(text);
            previous = word;
        }
        return sb.ToString();
    }

    private static bool IsCjk(char c) =>
        c >= '\u2E80' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFF00' && c <= '\uFFEF' || c >= '\u3000' && c <= '\u303F'
        || char.IsSurrogate(c);
}
