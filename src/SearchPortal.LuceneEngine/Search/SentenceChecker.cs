namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Finds the first sentence of a paragraph that holds every required group of a query, reading the text (the index
/// has no sentence positions). A sentence ends at 。！？；!?; or a line break. A term is in a sentence when its text is
/// (letters and digits only, case-folded), or, for a longer unquoted term the search cut into words, when each of its
/// highlighted words is; any alternative of an OR group will do, and so does a synonym expansion when the search
/// expanded the query.
/// </summary>
public sealed class SentenceChecker
{
    private static readonly char[] Ends = Core.Documents.Sentences.Ends;

    // Group → alternatives (any) → needles (all) → spellings (any: a word or its synonym expansions).
    private readonly List<List<string[][]>> _groups;

    /// <param name="synonyms">Expansions counted as the word itself (四风 ↔ 形式主义…), as the search counted them; null: none.</param>
    public SentenceChecker(IEnumerable<IReadOnlyList<QueryTerm>> groups, IReadOnlyList<string> highlightTerms, SynonymMap? synonyms = null)
    {
        var words = highlightTerms.Select(Compact).Where(w => w.Length > 0).Distinct().ToList();
        _groups = groups
            .Select(g => g.Where(t => t.Scope == TermScope.All)
                .SelectMany(t => Alternatives(t, words, t.Quoted ? null : synonyms)).ToList())
            .Where(g => g.Count > 0).ToList();
    }

    private static IEnumerable<string[][]> Alternatives(QueryTerm term, IReadOnlyList<string> words, SynonymMap? synonyms)
    {
        string[] Spellings(string w) =>
            [w, .. (synonyms?.Expand(w) ?? []).Select(Compact).Where(e => e.Length > 0)];
        var needles = Needles(term, words);
        if (needles.Length > 0) yield return needles.Select(Spellings).ToArray();
        // A term expanded as a whole (a longer term with its own synonyms) is also found by an expansion alone.
        foreach (var e in synonyms?.Expand(term.Text) ?? [])
            if (Compact(e) is { Length: > 0 } c) yield return [[c]];
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
        _groups.All(g => g.Any(needles => needles.All(spellings => spellings.Any(n => sentence.Contains(n, StringComparison.Ordinal)))));

    private static string Compact(string s) =>
        new(s.Where(c => char.IsLetterOrDigit(c) || QueryNormalizer.IsCjk(c)).Select(char.ToLowerInvariant).ToArray());
}
