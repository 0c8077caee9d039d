namespace SearchPortal.Core.Documents;

/// <summary>A keyword found in text, with the value the rule file attached to it.</summary>
public readonly record struct KeywordMatch<T>(int Index, string Keyword, T Value);

/// <summary>
/// Finds many fixed keywords in one pass over a text: a first-character table rejects most positions at once and
/// only the few keywords starting with that character are compared (longest first). Matches never overlap:
/// at each position the longest keyword wins and scanning resumes after it.
/// </summary>
public sealed class KeywordMatcher<T>
{
    private readonly Dictionary<char, (string Keyword, T Value)[]> _byFirstChar;
    private readonly bool[] _isFirstChar = new bool[char.MaxValue + 1];

    public KeywordMatcher(IEnumerable<(string Keyword, T Value)> keywords)
    {
        _byFirstChar = keywords
            .Where(k => k.Keyword.Length > 0)
            .DistinctBy(k => k.Keyword)
            .GroupBy(k => k.Keyword[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.Keyword.Length).ToArray());
        foreach (var c in _byFirstChar.Keys) _isFirstChar[c] = true;
    }

    public KeywordMatch<T>? FindFirst(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (MatchAt(text, i) is { } m) return m;
        return null;
    }

    public IEnumerable<KeywordMatch<T>> FindAll(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (MatchAt(text, i) is not { } m) continue;
            yield return m;
            i += m.Keyword.Length - 1;
        }
    }

    /// <summary>Calls <paramref name="onMatch"/> for every match without allocating an enumerator (hot path for topics).</summary>
    public void ForEach(string text, Action<T> onMatch)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!_isFirstChar[text[i]]) continue;
            if (MatchAt(text, i) is not { } m) continue;
            onMatch(m.Value);
            i += m.Keyword.Length - 1;
        }
    }

    private KeywordMatch<T>? MatchAt(string text, int i)
    {
        if (!_isFirstChar[text[i]]) return null;
        var rest = text.AsSpan(i);
        foreach (var (keyword, value) in _byFirstChar[text[i]])
            if (rest.StartsWith(keyword, StringComparison.Ordinal)) return new KeywordMatch<T>(i, keyword, value);
        return null;
    }
}
