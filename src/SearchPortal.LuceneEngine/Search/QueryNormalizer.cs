using System.Text;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Makes any user string safe to parse: cleaned by the one <see cref="InputCleaner"/> (control characters, broken
/// surrogates, invisible characters), then full-width forms folded (NFKC: ＂ → ", － → -, ：→ :) and Chinese quotation
/// marks mapped to ", with whitespace collapsed.
/// </summary>
public static class QueryNormalizer
{
    public static string Normalize(string? text) => Normalize(text, out _);

    /// <param name="removed">True when control characters or broken surrogates were dropped.</param>
    public static string Normalize(string? text, out bool removed)
    {
        var clean = InputCleaner.Clean(text, out removed);
        if (clean.Length == 0) return "";
        var sb = new StringBuilder(clean.Length);
        foreach (var c in clean)
        {
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
