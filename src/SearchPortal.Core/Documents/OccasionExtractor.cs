using System.Text.RegularExpressions;

namespace SearchPortal.Core.Documents;

/// <summary>
/// Finds the occasion of a speech in "在<occasion>上…" (title, subtitle or editor's note), where the occasion ends
/// with a noun from Data/occasions.txt: "副县长在集体政治谈话会上的讲话稿" → 集体政治谈话会.
/// </summary>
public sealed class OccasionExtractor
{
    public const string FileName = "occasions.txt";
    private readonly Regex _regex;

    public OccasionExtractor(string dataPath)
    {
        var nouns = RuleFile.ReadLines(dataPath, FileName).OrderByDescending(n => n.Length).Select(Regex.Escape);
        _regex = new Regex(
            @"在(?<o>[^，。,；;：:“”""《》\s在]{1,30}?(?:" + string.Join('|', nouns) + @"))(?:上|中|期间|开幕式|闭幕式)",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    public string Find(string text)
    {
        var m = _regex.Match(text);
        return m.Success ? m.Groups["o"].Value : "";
    }
}
