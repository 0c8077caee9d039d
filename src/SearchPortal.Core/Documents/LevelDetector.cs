namespace SearchPortal.Core.Documents;

/// <summary>
/// Finds the speaker's role (Data/roles.txt) and the administrative level (中央, 省, 市, 县, 乡镇; Data/levels.txt)
/// of a document.
/// </summary>
public sealed class LevelDetector
{
    public const string RolesFile = "roles.txt";
    public const string LevelsFile = "levels.txt";
    public static readonly IReadOnlyList<string> Levels = ["中央", "省", "市", "县", "乡镇"];

    private readonly KeywordMatcher<string> _roles;          // role → its level ("" when the role does not tell)
    private readonly KeywordMatcher<string> _levelCues;      // cue → level
    private readonly HashSet<string> _roleNames;

    public LevelDetector(string dataPath)
    {
        var roles = new List<(string, string)>();
        foreach (var line in RuleFile.ReadLines(dataPath, RolesFile))
        {
            var parts = RuleFile.SplitFields(line, 2);
            var level = parts.Length > 1 ? parts[1] : "";
            if (parts[0].Length == 0) throw RuleFile.Malformed(RolesFile, line, "empty role");
            if (level.Length > 0 && !Levels.Contains(level)) throw RuleFile.Malformed(RolesFile, line, "unknown level " + level);
            roles.Add((parts[0], level));
        }
        _roles = new KeywordMatcher<string>(roles);
        _roleNames = roles.Select(r => r.Item1).ToHashSet();

        var cues = new List<(string, string)>();
        foreach (var line in RuleFile.ReadLines(dataPath, LevelsFile))
        {
            var parts = RuleFile.SplitFields(line, 2);
            if (parts.Length != 2 || !Levels.Contains(parts[0]))
                throw RuleFile.Malformed(LevelsFile, line, "expected: level | cue, cue");
            cues.AddRange(RuleFile.SplitList(parts[1]).Select(c => (c, parts[0])));
        }
        _levelCues = new KeywordMatcher<string>(cues);
    }

    public bool IsRole(string word) => _roleNames.Contains(word);

    /// <summary>The leftmost (then longest) role in <paramref name="text"/>, with its level; null if none.</summary>
    public (string Role, string Level)? FindRole(string text) =>
        _roles.FindFirst(text) is { } m ? (m.Keyword, m.Value) : null;

    /// <summary>Every role in <paramref name="text"/>, left to right (non-overlapping, longest at each position).</summary>
    public IEnumerable<KeywordMatch<string>> FindAllRoles(string text) => _roles.FindAll(text);

    /// <summary>The level named by the leftmost cue in a title, or "".</summary>
    public string LevelFromTitle(string title) => _levelCues.FindFirst(title)?.Value ?? "";

    /// <summary>The level with most cue occurrences in <paramref name="lines"/> (at least <paramref name="minCount"/>), or "".</summary>
    public string LevelFromText(IEnumerable<string> lines, int minCount = 2)
    {
        var counts = new Dictionary<string, int>();
        foreach (var line in lines)
            foreach (var m in _levelCues.FindAll(line))
                counts[m.Value] = counts.GetValueOrDefault(m.Value) + 1;
        var best = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => Levels.IndexOf(kv.Key)).FirstOrDefault();
        return best.Value >= minCount ? best.Key : "";
    }
}

internal static class ListExtensions
{
    public static int IndexOf<T>(this IReadOnlyList<T> list, T item)
    {
        for (var i = 0; i < list.Count; i++)
            if (EqualityComparer<T>.Default.Equals(list[i], item)) return i;
        return -1;
    }
}
