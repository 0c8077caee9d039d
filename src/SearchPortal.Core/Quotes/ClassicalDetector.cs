namespace SearchPortal.Core.Quotes;

/// <summary>
/// Tells classical Chinese (文言) from modern prose by its grammar words: a high density of 之乎者也其而以于则故…,
/// none of the modern words of <see cref="QuoteRules.ModernWords"/> (的 了 们 要…), and short clauses.
/// Used for quotations nobody is named for, e.g. “治其本,朝令而夕从;救其末,百世不改也。”.
/// </summary>
public sealed class ClassicalDetector(QuoteRules rules)
{
    private static readonly char[] ClauseBreaks = "，。；！？、：,;!?:".ToCharArray();

    public bool IsClassical(string text)
    {
        var han = QuoteKey.HanCount(text);
        if (han < 4 || han > rules.ClassicalMaxHan) return false;
        foreach (var word in rules.ModernWords)
            if (text.Contains(word, StringComparison.Ordinal)) return false;
        var markers = text.Count(c => rules.ClassicalMarkers.Contains(c));
        if (!text.Any(c => rules.ClassicalStrongMarkers.Contains(c))) return false;
        if (markers < rules.ClassicalMinMarkers || (double)markers / han < rules.ClassicalMinDensity) return false;
        var longestClause = text.Split(ClauseBreaks).Max(QuoteKey.HanCount);
        return longestClause <= rules.ClassicalMaxClause;
    }
}
