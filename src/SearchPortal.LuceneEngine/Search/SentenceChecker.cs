namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Finds the first sentence of a paragraph that holds every required group of a query, reading the text (the index
/// has no sentence positions). A sentence ends at 。！？；!?; or a line break. A term is in a sentence when its text is
/// (letters and digits only, case-folded), or, for a longer unquoted term the search cut into words, when each of its
/// highlighted words is; any alternative of an OR group will do.
/// </summary>
public sealed class SentenceChecker
{
    private static readonly char[] Ends = ['。', '！', '？', '；', '!', '?', ';', '\n', '\r'];

    private readonly List<List<string[]>> _groups;

    public SentenceChecker(IEnumerable<IReadOnlyList<QueryTerm>> groups, IReadOnlyList<string> highlightTerms)
    {
        var words = highlightTerms.Select(Compact).Where(w => w.Length > 0).Distinct().ToList();
        _groups = groups
            .Select(g => g.Where(t => t.Scope == TermScope.All).Select(t => Needles(t, words)).Where(n => n.Length > 0).ToList())
            .Where(g => g.Count > 0).ToList();
    }

    /// <summary>The term's text as one needle, or (unquoted and found as words) the words marked inside it.</summary>
    private static string[] Needles(QueryTerm term, IReadOnlyList<string> words)
    {
        var text = Compact(term.Text);
        if (term.Quoted || text.Length <= 2) return text.Length == 0 ? [] : [text];
        var inside = words.Where(w => w.Length < text.Length && text.Contains(w, StringComparison.Ordinal)).ToList();
        // Only the smallest words: 纪律 and 处分, not also 纪律处分, which would ask them side by side.
        var smallest = inside.Where(w => !inside.Any(o => o.Length < w.Length && w.Contains(o, StringComparison.Ordinal))).ToArray();
        return smallest.Length > 0 ? smallest : [text];
    }

    /// <summary>The first sentence holding every group, or null.</summary>
    public string? FirstMatch(string paragraph)
    {
        var start = 0;
        while (start < paragraph.Length)
        {
            var end = paragraph.IndexOfAny(Ends, start);
            var stop = end < 0 ? paragraph.Length : end + 1;
            var sentence = paragraph[start..stop].Trim();
            if (sentence.Length > 0 && Holds(Compact(sentence))) return sentence;
            start = stop;
        }
        return null;
    }

    private bool Holds(string sentence) =>
        _groups.All(g => g.Any(needles => needles.All(n => sentence.Contains(n, StringComparison.Ordinal))));

    private static string Compact(string s) =>
        new(s.Where(c => char.IsLetterOrDigit(c) || QueryNormalizer.IsCjk(c)).Select(char.ToLowerInvariant).ToArray());
}
