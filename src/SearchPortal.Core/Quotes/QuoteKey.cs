namespace SearchPortal.Core.Quotes;

/// <summary>
/// The dedup key of a quotation: the folding titles get (<see cref="Documents.TitleNormalizer.Fold"/>: NFKC, lower
/// case, letters and digits only), so “治其本，朝令而夕从” and "治其本,朝令而夕从" are the same entry.
/// </summary>
public static class QuoteKey
{
    public static string Normalize(string text) => Documents.TitleNormalizer.Fold(text);

    /// <summary>Number of CJK ideographs: the length measure of the rules (“≥ 8 Chinese characters”).</summary>
    public static int HanCount(string text)
    {
        var n = 0;
        foreach (var c in text)
            if (IsHan(c)) n++;
        return n;
    }

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';
}
