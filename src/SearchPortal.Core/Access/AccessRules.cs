using Microsoft.Extensions.FileSystemGlobbing;

namespace SearchPortal.Core.Access;

/// <summary>One problem in access.txt: its line number, the line and why it was not taken as written.</summary>
public sealed record AccessRuleProblem(int Line, string Text, string Reason)
{
    public override string ToString() => $"access.txt 第 {Line} 行 “{Text}”: {Reason}";
}

/// <summary>
/// The corpus's access.txt: lines <c>GLOB LEVEL</c> (<c>speeches/** 内部</c>, <c>regulations/** 公开</c>,
/// <c>cases/** 限定:纪检,审计</c>), <c>#</c> comments and blank lines ignored. Globs are matched against a document's id
/// (its path under the corpus, '/' separators, case-sensitive; Microsoft.Extensions.FileSystemGlobbing): <c>**</c> any
/// folders, <c>*</c> any characters of one name, a trailing <c>/</c> everything under a folder. <b>The last matching line wins</b> (as in .gitignore: general rules first, exceptions
/// below them); a document no line matches gets the default level.
/// A line with a glob but an unknown level is kept as 限定 with no group (<see cref="AccessLevel.Closed"/>: only
/// admins see those documents) so a typo never publishes them; a line without a level is ignored. Both are reported.
/// </summary>
public sealed class AccessRules
{
    public const string FileName = "access.txt";

    private readonly List<(Matcher Glob, AccessLevel Level)> _rules = [];

    private AccessRules(AccessLevel defaultLevel) => Default = defaultLevel;

    public AccessLevel Default { get; }
    public IReadOnlyList<AccessRuleProblem> Problems { get; private set; } = [];
    public int Count => _rules.Count;

    /// <summary>No access.txt: every document gets <paramref name="defaultLevel"/>.</summary>
    public static AccessRules None(AccessLevel defaultLevel) => new(defaultLevel);

    /// <summary>The rules of <c>corpus/access.txt</c>, or none when there is no such file.</summary>
    public static AccessRules Load(string corpusPath, AccessLevel defaultLevel)
    {
        var path = Path.Combine(corpusPath, FileName);
        return File.Exists(path) ? Parse(File.ReadAllLines(path), defaultLevel) : None(defaultLevel);
    }

    public static AccessRules Parse(IEnumerable<string> lines, AccessLevel defaultLevel)
    {
        var rules = new AccessRules(defaultLevel);
        var problems = new List<AccessRuleProblem>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            // The level is the last word: a glob may not contain spaces, a level never does.
            var cut = line.LastIndexOfAny([' ', '\t', '\u3000']);
            if (cut < 0)
            {
                problems.Add(new(number, line, "缺少访问级别（应为：路径模式 公开|内部|限定:组名），已忽略此行"));
                continue;
            }
            var glob = line[..cut].Trim();
            var levelText = line[(cut + 1)..].Trim();
            if (glob.Any(char.IsWhiteSpace))
            {
                problems.Add(new(number, line, "路径模式中不能有空格，已忽略此行"));
                continue;
            }
            if (!AccessLevel.TryParse(levelText, out var level))
                problems.Add(new(number, line, $"无法识别的访问级别“{levelText}”（应为 公开、内部 或 限定:组名），匹配的文档按“限定”处理，仅管理员可见"));
            rules._rules.Add((Compile(glob), level));
        }
        rules.Problems = problems;
        return rules;
    }

    /// <summary>The level of the document with this id: the last matching line's, else the default.</summary>
    public AccessLevel LevelFor(string id)
    {
        for (var i = _rules.Count - 1; i >= 0; i--)
            if (_rules[i].Glob.Match(id).HasMatches) return _rules[i].Level;
        return Default;
    }

    private static Matcher Compile(string glob)
    {
        var pattern = glob.Replace('\\', '/').TrimStart('/');
        // A folder named alone (speeches/) means everything under it.
        if (pattern.EndsWith('/')) pattern += "**";
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern);
        return matcher;
    }
}
