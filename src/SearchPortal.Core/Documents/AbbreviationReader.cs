using System.Text.RegularExpressions;

namespace SearchPortal.Core.Documents;

/// <summary>A short name a document defines for a title: 《中国共产党纪律处分条例》（以下简称《条例》） → 条例 means the full title.</summary>
/// <param name="Short">The short name without its marks (条例).</param>
/// <param name="Full">The full title without 《》 (中国共产党纪律处分条例).</param>
/// <param name="Start">Where the definition's opening bracket is in the paragraph.</param>
public sealed record Abbreviation(string Short, string Full, int Start);

/// <summary>
/// Reads the short names a document defines: 《X》（以下简称《Y》）, 《X》（简称“Y”）, （下称《Y》）, （以下称“Y”）, also with
/// something before them in the brackets (（2018年修订，以下简称《条例》）) or two names (（以下简称《条例》或“党纪处分条例”）).
/// Only a title in 《》 right before the brackets is taken as the full name: without the marks where the name
/// begins is a guess, and a wrong full name would make wrong links.
/// </summary>
public static partial class AbbreviationReader
{
    /// <summary>The definitions in one paragraph, in order.</summary>
    public static IEnumerable<Abbreviation> Find(string paragraph)
    {
        if (!paragraph.Contains('称')) yield break; // cheap gate: most paragraphs define nothing
        foreach (Match m in Definition().Matches(paragraph))
            foreach (Capture c in m.Groups["short"].Captures)
            {
                var full = m.Groups["full"].Value.Trim();
                var shortName = c.Value.Trim();
                if (shortName.Length > 0 && full.Length > shortName.Length)
                    yield return new Abbreviation(shortName, full, m.Groups["open"].Index);
            }
    }

    /// <summary>
    /// Every short name a document defines, with its full title (a later definition of the same short name wins from
    /// there on; here the last one is kept). For a reader that needs the names "defined earlier", call
    /// <see cref="Find"/> paragraph by paragraph instead.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Read(IEnumerable<string> paragraphs)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in paragraphs)
            foreach (var a in Find(p)) names[a.Short] = a.Full;
        return names;
    }

    [GeneratedRegex(@"《(?<full>[^《》]{2,80})》\s*(?<open>[（(])[^（）()《》]{0,24}?(?:以下简称|以下称|下称|简称)\s*(?:[《“""「](?<short>[^《》“”""「」（）()]{1,20})[》”""」]\s*(?:、|或|或者|和)?\s*)+[）)]")]
    private static partial Regex Definition();
}
