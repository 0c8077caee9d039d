namespace SearchPortal.Core.Documents;

/// <summary>
/// Short names of regulations and laws (Data/regulation-aliases.txt, lines "short name | full title"): 党纪处分条例
/// means 中国共产党纪律处分条例. Names are compared by their lineage key (<see cref="TitleNormalizer.Key"/>), so
/// 《党纪处分条例》, 党纪处分条例 and a full-width variant are one name. Used by citations (which regulation a
/// 《…》第X条 names) and by quotations (the canonical source of a quotation from a regulation).
/// </summary>
public sealed class RegulationAliases
{
    public const string FileName = "regulation-aliases.txt";

    private readonly Dictionary<string, string> _full = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    /// <summary>Every name of the file as written, short names and full titles (citations find laws named without 《》).</summary>
    public IReadOnlyList<string> Names => _names;

    public RegulationAliases(IEnumerable<(string Short, string Full)> aliases)
    {
        foreach (var (shortName, full) in aliases)
        {
            if (TitleNormalizer.Key(shortName) is not { } key) continue;
            _full[key] = TitleNormalizer.Bare(full);
            _names.Add(shortName.Trim());
            _names.Add(TitleNormalizer.Bare(full));
        }
    }

    public static readonly RegulationAliases None = new([]);

    public static RegulationAliases Load(string dataPath) =>
        new(RuleFile.ReadOptionalLines(dataPath, FileName).Select(line => RuleFile.SplitFields(line, 2) switch
        {
            [var s, var f] when s.Length > 0 && f.Length > 0 => (s, f),
            _ => throw RuleFile.Malformed(FileName, line, "expected \"short name | full title\""),
        }));

    /// <summary>The full title a name stands for (without 《》), or the name itself without 《》 when it is no alias.</summary>
    public string FullTitle(string title) =>
        TitleNormalizer.Key(title) is { } key && _full.TryGetValue(key, out var full) ? full : title.Replace("《", "").Replace("》", "").Trim();

    /// <summary>
    /// The full title a name in a document stands for: a short name the document defined (<paramref name="shortNames"/>,
    /// from <see cref="AbbreviationReader"/>: 《条例》 → 中国共产党纪律处分条例), then an alias (党纪处分条例 → …), else the
    /// name itself; without 《》.
    /// </summary>
    public string Canonical(string name, IReadOnlyDictionary<string, string>? shortNames = null)
    {
        var bare = name.Replace("《", "").Replace("》", "").Trim();
        return FullTitle(shortNames != null && shortNames.TryGetValue(bare, out var full) ? full : bare);
    }

    /// <summary>The lineage key of the regulation a name stands for (alias resolved), or null.</summary>
    public string? Key(string title) => TitleNormalizer.Key(FullTitle(title));
}
