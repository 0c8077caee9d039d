using System.Globalization;
using System.Text;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Makes any user string safe to parse: drops control characters and unpaired surrogates (which would make
/// <see cref="string.Normalize()"/> throw), folds full-width forms (NFKC: ＂ → ", － → -, ：→ :), maps Chinese
/// quotation marks to ", and collapses whitespace.
/// </summary>
public static class QueryNormalizer
{
    public static string Normalize(string? text) => Normalize(text, out _);

    /// <param name="removed">True when control characters or broken surrogates were dropped.</param>
    public static string Normalize(string? text, out bool removed)
    {
        removed = false;
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); }
                else removed = true;
                continue;
            }
            if (char.IsLowSurrogate(c)) { removed = true; continue; }
            if (char.IsWhiteSpace(c)) { sb.Append(' '); continue; }
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned)
            {
                // Zero-width spaces and the like separate nothing a user can see: drop silently; real control chars get a notice.
                if (category == UnicodeCategory.Control) { removed = true; sb.Append(' '); }
                continue;
            }
            sb.Append(c switch
            {
                '“' or '”' or '„' or '「' or '」' or '『' or '』' or '﹁' or '﹂' => '"',
                _ => c,
            });
        }
        string normalized;
        try { normalized = sb.ToString().Normalize(NormalizationForm.FormKC); }
        catch (ArgumentException) { normalized = sb.ToString(); }
        return CollapseSpaces(normalized);
    }

    private static string CollapseSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>True for Han ideographs (BMP and the common extension blocks as surrogate pairs are treated by callers as CJK too).</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or >= '\u3040' and <= '\u30FF'
        || char.IsSurrogate(c);
}
