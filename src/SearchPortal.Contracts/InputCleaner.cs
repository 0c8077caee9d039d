using System.Globalization;
using System.Text;

namespace SearchPortal.Contracts;

/// <summary>
/// The one cleaner of user input (query text, facet values, keys), used by the site and by the engine's query
/// normaliser: control characters become spaces, lone surrogates and invisible characters (zero-width spaces,
/// private-use and unassigned code points) are dropped, whitespace runs become one space, the ends are trimmed.
/// Never throws.
/// </summary>
public static class InputCleaner
{
    /// <param name="keep">Characters worth keeping; scanning stops a little past it (a 100 KB query is not read whole).</param>
    public static string Clean(string? value, int keep = int.MaxValue) => Clean(value, out _, keep);

    /// <param name="removed">True when a control character or a broken surrogate was taken out (worth telling the
    /// user); invisible characters are dropped silently, since nobody typed them on purpose.</param>
    public static string Clean(string? value, out bool removed, int keep = int.MaxValue)
    {
        removed = false;
        if (string.IsNullOrEmpty(value)) return "";
        var stopAt = keep >= int.MaxValue / 2 ? int.MaxValue : 2 * keep;
        var sb = new StringBuilder(Math.Min(value.Length, 1024));
        var lastSpace = true;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { sb.Append(c).Append(value[++i]); lastSpace = false; }
                else removed = true;
                continue;
            }
            if (char.IsLowSurrogate(c)) { removed = true; continue; }
            var control = !char.IsWhiteSpace(c) && char.IsControl(c);
            if (control) removed = true;
            if (char.IsWhiteSpace(c) || control)
            {
                if (!lastSpace) sb.Append(' ');
                lastSpace = true;
                continue;
            }
            if (char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
                continue;
            sb.Append(c);
            lastSpace = false;
            if (sb.Length > stopAt) break;
        }
        return sb.ToString().Trim();
    }

    /// <summary>
    /// A draft (the reuse check) cleaned by the same rules, but one character in, one character out: what
    /// <see cref="Clean(string?, int)"/> drops or collapses becomes a space and line breaks are kept, so the draft's
    /// paragraphs survive and an offset into the result is the same offset into the text the writer posted.
    /// </summary>
    public static string CleanDraft(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (c is '\n' or '\r') continue;
            if (char.IsSurrogate(c) || char.IsControl(c) || char.IsWhiteSpace(c)
                || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
                chars[i] = ' ';
        }
        return new string(chars);
    }
}
