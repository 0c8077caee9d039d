using System.Text;

namespace SearchPortal.Contracts;

/// <summary>
/// The one cleaner of user input (query text, facet values, keys): drops control characters and lone surrogates,
/// turns whitespace runs into one space, trims. Never throws.
/// </summary>
public static class InputCleaner
{
    /// <param name="keep">Characters worth keeping; scanning stops a little past it (a 100 KB query is not read whole).</param>
    public static string Clean(string? value, int keep = int.MaxValue)
    {
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
                continue;
            }
            if (char.IsLowSurrogate(c)) continue;
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastSpace) sb.Append(' ');
                lastSpace = true;
                continue;
            }
            sb.Append(c);
            lastSpace = false;
            if (sb.Length > stopAt) break;
        }
        return sb.ToString().Trim();
    }
}
