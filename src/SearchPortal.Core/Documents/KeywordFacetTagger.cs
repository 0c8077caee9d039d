namespace SearchPortal.Core.Documents;

/// <summary>
/// Tags documents with the values of one keyword facet from its rule file in the data folder (topics.txt for topics;
/// <see cref="SearchPortal.Contracts.FacetDefinition.KeywordRules"/> names it): lines "value" or "value: keyword,
/// keyword". A value counts when it or one of its keywords is in the title, or occurs at least @min-body-count
/// times in the text; at most @max-values are kept (@max-topics is the same setting), title hits first.
/// </summary>
public sealed class KeywordFacetTagger
{
    private readonly KeywordMatcher<int> _matcher;
    private readonly string[] _values;

    public string FileName { get; }
    public int MinBodyCount { get; } = 2;
    public int MaxValues { get; } = 8;
    public IReadOnlyList<string> Vocabulary => _values;

    public KeywordFacetTagger(string dataPath, string fileName)
    {
        FileName = fileName;
        var values = new List<string>();
        var keywords = new List<(string, int)>();
        foreach (var line in RuleFile.ReadLines(dataPath, fileName))
        {
            if (line.StartsWith('@'))
            {
                var setting = RuleFile.SplitFields(line[1..].Replace('=', '|'), 2);
                if (setting.Length != 2 || !int.TryParse(setting[1], out var n) || n < 1)
                    throw RuleFile.Malformed(fileName, line, "expected @name = positive number");
                switch (setting[0])
                {
                    case "min-body-count": MinBodyCount = n; break;
                    case "max-values" or "max-topics": MaxValues = n; break;
                    default: throw RuleFile.Malformed(fileName, line, "unknown setting");
                }
                continue;
            }
            var colon = line.IndexOfAny([':', '：']);
            var value = (colon < 0 ? line : line[..colon]).Trim();
            if (value.Length == 0) throw RuleFile.Malformed(fileName, line, "empty value");
            var index = values.Count;
            values.Add(value);
            keywords.Add((value, index));
            if (colon >= 0)
                keywords.AddRange(RuleFile.SplitList(line[(colon + 1)..]).Select(a => (a, index)));
        }
        _values = [.. values];
        _matcher = new KeywordMatcher<int>(keywords);
    }

    public List<string> Tag(string title, IEnumerable<string> paragraphs)
    {
        var inTitle = new bool[_values.Length];
        _matcher.ForEach(title, i => inTitle[i] = true);
        var counts = new int[_values.Length];
        foreach (var p in paragraphs) _matcher.ForEach(p, i => counts[i]++);

        return Enumerable.Range(0, _values.Length)
            .Where(i => inTitle[i] || counts[i] >= MinBodyCount)
            .OrderByDescending(i => inTitle[i])
            .ThenByDescending(i => counts[i])
            .ThenBy(i => i)
            .Take(MaxValues)
            .Select(i => _values[i])
            .ToList();
    }
}
