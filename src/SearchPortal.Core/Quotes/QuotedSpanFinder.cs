namespace SearchPortal.Core.Quotes;

/// <summary>A quoted passage in a paragraph: <see cref="Start"/> is the index of the opening mark, <see cref="End"/> of the closing one.</summary>
public readonly record struct QuotedSpan(int Start, int End, string Inner);

/// <summary>
/// Finds the outermost closed quotations of a paragraph: “…”, 「…」, 『…』 and paired straight "…".
/// Quotes nested in another quote, inside a book title 《…》, or left open at the end of the paragraph are
/// not returned (an open quote usually runs over several paragraphs and cannot be attributed safely).
/// </summary>
public sealed class QuotedSpanFinder
{
    private static readonly Dictionary<char, char> Pairs = new() { ['“'] = '”', ['「'] = '」', ['『'] = '』' };

    /// <summary>
    /// The paragraph opens a quotation it does not close: in Chinese typesetting a quotation running over several
    /// paragraphs opens each with “ and closes only the last one.
    /// </summary>
    public bool EndsInsideQuote(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (Pairs.ContainsKey(c)) depth++;
            else if (depth > 0 && Pairs.ContainsValue(c)) depth--;
        }
        return depth > 0;
    }

    public static bool StartsWithQuoteMark(string text)
    {
        var t = text.TrimStart();
        return t.Length > 0 && Pairs.ContainsKey(t[0]);
    }

    public IReadOnlyList<QuotedSpan> Find(string text)
    {
        var result = new List<QuotedSpan>();
        var stack = new Stack<(char Open, int Index)>();
        var titleDepth = 0;
        var straightOpen = -1;
        // Straight quotes are taken only where they pair up; an odd count means one is a stray (inch mark, noise).
        var useStraight = text.Count(ch => ch == '"') % 2 == 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (stack.Count == 0 && straightOpen < 0)
            {
                if (c == '《') { titleDepth++; continue; }
                if (c == '》') { if (titleDepth > 0) titleDepth--; continue; }
            }
            if (titleDepth > 0) continue;

            if (c == '"' && useStraight && stack.Count == 0)
            {
                if (straightOpen < 0) straightOpen = i;
                else
                {
                    result.Add(new QuotedSpan(straightOpen, i, text[(straightOpen + 1)..i]));
                    straightOpen = -1;
                }
                continue;
            }
            if (straightOpen >= 0) continue;

            if (Pairs.ContainsKey(c)) { stack.Push((c, i)); continue; }
            if (stack.Count > 0 && Pairs[stack.Peek().Open] == c)
            {
                var (_, start) = stack.Pop();
                if (stack.Count == 0) result.Add(new QuotedSpan(start, i, text[(start + 1)..i]));
            }
            // A closing mark with nothing open (or of another kind) is scraping noise: ignore it.
        }
        return result;
    }
}
