using System.Text.RegularExpressions;

namespace SearchPortal.Core.Documents;

/// <summary>
/// Finds who spoke or wrote: "这是毛泽东在…的讲演" notes and "XXX同志在…上的讲话" titles. Redacted names ("X", "XX",
/// "某") and role words ("副县长在…") are not names, so the speaker stays empty. Non-names live in Data/not-speakers.txt.
/// </summary>
public sealed partial class SpeakerExtractor
{
    public const string FileName = "not-speakers.txt";

    private readonly HashSet<string> _notNames;
    private readonly LevelDetector _roles;

    public SpeakerExtractor(string dataPath, LevelDetector roles)
    {
        _notNames = RuleFile.ReadLines(dataPath, FileName).ToHashSet();
        _roles = roles;
    }

    // 这是毛泽东在… / 这是毛泽东为… / 这是周恩来同志在…
    [GeneratedRegex(@"^这是(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,5}?)(?:同志)?(?:[一二三四五六七八九十〇○零0-9]{2,4}年[^在为。]{0,12})?(?:在|为|于|同|和|给|对|以|代表|主持|起草|所作)")]
    private static partial Regex NoteRegex();

    // XXX同志在…上的讲话 / 张三在…会议上的讲话 (an optional role before the name: 县委书记张三在…)
    [GeneratedRegex(@"^[—\-－―─\s]*(?<name>[\p{IsCJKUnifiedIdeographs}·XxＸ×＊*]{2,8}?)(?:同志)?在[^，。]{2,40}?上的")]
    private static partial Regex TitleRegex();

    [GeneratedRegex(@"[XxＸ×＊*某]")]
    private static partial Regex RedactedRegex();

    // "县委书记  周文斌" / "石门镇党委书记　刘海燕" / "市委书记：孙明远": a short line under the title, role then name.
    [GeneratedRegex(@"^(?<role>[\p{IsCJKUnifiedIdeographs}、]{2,16}?)(?:[\s\u3000]+|[:：]\s*)(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,4})$")]
    private static partial Regex BylineRegex();

    /// <summary>
    /// The role and name of a byline ("县委书记  周文斌"); null when the line is not one. The role part must end with a
    /// known role (Data/roles.txt), possibly after a place ("石门镇党委书记" → 镇党委书记).
    /// </summary>
    public (string Role, string Level, string Name)? FromByline(string line)
    {
        if (line.Length is < 4 or > 24) return null;
        var m = BylineRegex().Match(line.Trim());
        if (!m.Success) return null;
        var rolePart = m.Groups["role"].Value;
        KeywordMatch<string>? found = null;
        foreach (var match in _roles.FindAllRoles(rolePart)) found = match;
        if (found is not { } r || r.Index + r.Keyword.Length != rolePart.Length) return null;
        var name = m.Groups["name"].Value;
        if (RedactedRegex().IsMatch(name) || _notNames.Contains(name) || _roles.IsRole(name)) return null;
        return (r.Keyword, r.Value, name);
    }

    public string FromNote(string note) => Clean(NoteRegex().Match(note));

    public string FromTitle(string title) => Clean(TitleRegex().Match(title));

    private string Clean(Match m)
    {
        if (!m.Success) return "";
        var name = m.Groups["name"].Value;
        // A leading role is not part of the name: "县委书记张三" → 张三; "副县长" alone → no name.
        if (_roles.FindRole(name) is { } role && name.StartsWith(role.Role, StringComparison.Ordinal))
            name = name[role.Role.Length..];
        if (name.Length is < 2 or > 4) return "";
        if (RedactedRegex().IsMatch(name) || _notNames.Contains(name) || _roles.IsRole(name)) return "";
        if (name.Contains("中央") || name.Contains("委员") || name.Contains("政府") || name.Contains("会议")) return "";
        return name;
    }
}
