using System.Text.RegularExpressions;

namespace SearchPortal.Core.Documents;

/// <summary>
/// Finds the occasion of a speech in "在<occasion>上…" (title, subtitle or editor's note), where the occasion ends
/// with a noun from Data/occasions.txt: "副县长在集体政治谈话会上的讲话稿" → 集体政治谈话会. The detailed name is too
/// specific for a facet, so <see cref="Canonical"/> maps it to a canonical occasion ("= name | regex" lines, first
/// match wins), else to the occasion noun it ends with ("全镇…整治工作会议" → 工作会议).
/// </summary>
public sealed class OccasionExtractor
{
    public const string FileName = "occasions.txt";
    private readonly Regex _regex;
    private readonly List<(string Name, Regex Pattern)> _canonical = [];
    /// <summary>Occasion nouns, longest first, with the facet value each stands for ("会" → 会议).</summary>
    private readonly List<(string Noun, string Facet)> _nouns = [];

    public OccasionExtractor(string dataPath)
    {
        foreach (var line in RuleFile.ReadLines(dataPath, FileName))
        {
            if (line.StartsWith('='))
            {
                var parts = RuleFile.SplitFields(line[1..], 2);
                if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
                    throw RuleFile.Malformed(FileName, line, "expected: = canonical occasion | regex");
                try { _canonical.Add((parts[0], new Regex(parts[1], RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))); }
                catch (ArgumentException ex) { throw RuleFile.Malformed(FileName, line, ex.Message); }
                continue;
            }
            var fields = RuleFile.SplitFields(line, 2);
            if (fields[0].Length == 0) throw RuleFile.Malformed(FileName, line, "empty occasion noun");
            _nouns.Add((fields[0], fields.Length > 1 && fields[1].Length > 0 ? fields[1] : fields[0]));
        }
        _nouns.Sort((a, b) => b.Noun.Length.CompareTo(a.Noun.Length));
        _regex = new Regex(
            @"在(?<o>[^，。,；;：:“”""《》\s在]{1,30}?(?:" + string.Join('|', _nouns.Select(n => Regex.Escape(n.Noun))) + @"))(?:上|中|期间|开幕式|闭幕式)",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    /// <summary>The detailed occasion named in <paramref name="text"/> ("全县党风廉政建设工作会议"), or "".</summary>
    public string Find(string text)
    {
        var m = _regex.Match(text);
        return m.Success ? m.Groups["o"].Value : "";
    }

    /// <summary>The facet value for a detailed occasion: "市委常委班子2016年度民主生活会" → 民主生活会; "" stays "".</summary>
    public string Canonical(string detail)
    {
        if (detail.Length == 0) return "";
        foreach (var (name, pattern) in _canonical)
        {
            try { if (pattern.IsMatch(detail)) return name; }
            catch (RegexMatchTimeoutException) { }
        }
        foreach (var (noun, facet) in _nouns)
            if (detail.EndsWith(noun, StringComparison.Ordinal)) return facet;
        return detail;
    }
}
