using System.Net;
using System.Text;

namespace SearchPortal.Core.Highlighting;

/// <summary>
/// The one way query terms are marked in text, shared by the search engine's passages and the site's document and
/// quotation pages, so a word marked in a result is marked the same on the page it links to. Cuts a ~120-character
/// passage around the best match of a paragraph (<see cref="Highlight(string, IReadOnlyList{string})"/>) or marks a
/// whole text (<see cref="MarkAll"/>), wrapping every query term in &lt;mark&gt;.
/// Marks come from a literal (case- and width-insensitive) substring search of the query's units and expansions, not
/// from a token highlighter: matching is exact wording on the bigram field, so the literal characters are what
/// matched (a SmartCn token highlighter would miss 金山 inside 金山银山), and it scans the whole paragraph however long.
/// The text between marks is HTML-encoded, so &lt;mark&gt; is the only markup in the result.
/// </summary>
public sealed class PassageHighlighter
{
    public int TargetLength { get; init; } = 120;
    /// <summary>How far the window may stretch to reach a sentence boundary (。！？；).</summary>
    public int BoundarySlack { get; init; } = 40;

    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?', ';', '\n'];

    public string Highlight(string text, IReadOnlyList<string> terms) =>
        string.IsNullOrEmpty(text) ? "" : Highlight(text, FindMarks(text, terms));

    /// <summary>The same, with marks already found (<see cref="FindMarks"/>) by a caller that scanned a larger text.</summary>
    public string Highlight(string text, List<(int Start, int End)> marks)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var (start, end) = ChooseWindow(text, marks);
        var sb = new StringBuilder((end - start) + marks.Count * 13 + 2);
        if (start > 0) sb.Append('…');
        AppendMarked(sb, text, start, end, marks);
        if (end < text.Length) sb.Append('…');
        return sb.ToString();
    }

    /// <summary>The whole text HTML-encoded, with every occurrence of the terms in &lt;mark&gt; (the document page).</summary>
    public static string MarkAll(string text, IReadOnlyList<string> terms)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var marks = FindMarks(text, terms);
        var sb = new StringBuilder(text.Length + marks.Count * 13);
        AppendMarked(sb, text, 0, text.Length, marks);
        return sb.ToString();
    }

    /// <summary>text[start..end] encoded, the parts inside <paramref name="marks"/> wrapped in &lt;mark&gt;.</summary>
    private static void AppendMarked(StringBuilder sb, string text, int start, int end, List<(int Start, int End)> marks)
    {
        var pos = start;
        foreach (var (ms, me) in marks)
        {
            if (me <= start || ms >= end) continue;
            var s = Math.Max(ms, start);
            var e = Math.Min(me, end);
            sb.Append(WebUtility.HtmlEncode(text[pos..s]));
            sb.Append("<mark>").Append(WebUtility.HtmlEncode(text[s..e])).Append("</mark>");
            pos = e;
        }
        sb.Append(WebUtility.HtmlEncode(text[pos..end]));
    }

    /// <summary>Non-overlapping marked ranges [start, end), sorted; overlapping and touching ranges are merged.</summary>
    public static List<(int Start, int End)> FindMarks(string text, IReadOnlyList<string> terms)
    {
        var folded = Fold(text);
        var ranges = new List<(int Start, int End)>();
        foreach (var term in terms)
        {
            // A blank term would mark every space.
            if (string.IsNullOrWhiteSpace(term)) continue;
            var needle = Fold(term);
            var from = 0;
            int at;
            while (from < folded.Length && (at = folded.IndexOf(needle, from, StringComparison.Ordinal)) >= 0)
            {
                ranges.Add((at, at + needle.Length));
                from = at + needle.Length;
            }
        }
        ranges.Sort();
        var merged = new List<(int Start, int End)>(ranges.Count);
        foreach (var r in ranges)
        {
            if (merged.Count > 0 && r.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, r.End));
            else merged.Add(r);
        }
        return merged;
    }

    /// <summary>Same length as the input: full-width ASCII to ASCII, lower case, so offsets map 1:1.</summary>
    private static string Fold(string s)
    {
        var chars = new char[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
            else if (c == '\u3000') c = ' ';
            // Han characters have no case: skip the culture-aware call, which dominated highlighting time.
            chars[i] = c < '\u0080' ? (char)(c is >= 'A' and <= 'Z' ? c + 32 : c) : c is >= '\u3400' and <= '\u9FFF' ? c : char.ToLowerInvariant(c);
        }
        return new string(chars);
    }

    private (int Start, int End) ChooseWindow(string text, List<(int Start, int End)> marks)
    {
        if (text.Length <= TargetLength + BoundarySlack) return (0, text.Length);

        // The densest window: the mark from which TargetLength characters cover the most marked characters.
        var anchor = 0;
        if (marks.Count > 0)
        {
            var best = -1;
            for (var i = 0; i < marks.Count; i++)
            {
                var covered = 0;
                for (var j = i; j < marks.Count && marks[j].Start < marks[i].Start + TargetLength; j++)
                    covered += marks[j].End - marks[j].Start + 4; // each distinct mark counts, not only its length
                if (covered > best) { best = covered; anchor = marks[i].Start; }
            }
        }

        // Start at the beginning of the anchor's sentence if it is close enough, else a little before the anchor.
        var start = anchor;
        if (anchor > 0)
        {
            var boundary = text.LastIndexOfAny(SentenceEnds, anchor - 1, Math.Min(anchor, TargetLength / 2));
            start = boundary >= 0 ? boundary + 1 : Math.Max(0, anchor - 20);
        }
        if (start < BoundarySlack / 2) start = 0;

        // End at a sentence end near TargetLength, else cut there (never inside a mark or a surrogate pair).
        var end = Math.Min(text.Length, start + TargetLength);
        if (end < text.Length)
        {
            var next = text.IndexOfAny(SentenceEnds, end - 1, Math.Min(BoundarySlack, text.Length - end + 1));
            if (next >= 0) end = next + 1;
            else
            {
                var back = text.LastIndexOfAny(SentenceEnds, end - 1, Math.Min(TargetLength / 3, end - start));
                if (back > anchor) end = back + 1;
            }
        }
        foreach (var (ms, me) in marks)
            if (ms < end && me > end) end = me;
        // A match in the last short sentence: take earlier whole sentences too, so the passage has some context.
        if (end - start < TargetLength * 2 / 3 && start > 0)
        {
            var earlier = Math.Max(0, end - TargetLength);
            var boundary = earlier == 0 ? -1 : text.IndexOfAny(SentenceEnds, earlier, start - earlier);
            start = boundary >= 0 && boundary + 1 < start ? boundary + 1 : earlier;
        }
        if (end < text.Length && end > 0 && char.IsHighSurrogate(text[end - 1])) end++;
        if (start > 0 && char.IsLowSurrogate(text[start])) start--;
        if (text.Length - end < BoundarySlack / 4) end = text.Length;
        return (start, end);
    }
}
