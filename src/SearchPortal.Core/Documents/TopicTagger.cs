namespace SearchPortal.Core.Documents;

/// <summary>
/// Tags documents with topics from the controlled vocabulary in Data/topics.txt ("topic" or "topic: alias, alias").
/// A topic counts when its term or an alias is in the title, or occurs at least @min-body-count times in the text.
/// </summary>
public sealed class TopicTagger
{
    public const string FileName = "topics.txt";

    private readonly KeywordMatcher<int> _matcher;
    private readonly string[] _topics;

    public int MinBodyCount { get; } = 2;
    public int MaxTopics { get; } = 8;
    public IReadOnlyList<string> Vocabulary => _topics;

    public TopicTagger(string dataPath)
    {
        var topics = new List<string>();
        var keywords = new List<(string, int)>();
        foreach (var line in RuleFile.ReadLines(dataPath, FileName))
        {
            if (line.StartsWith('@'))
            {
                var setting = RuleFile.SplitFields(line[1..].Replace('=', '|'), 2);
                if (setting.Length != 2 || !int.TryParse(setting[1], out var n) || n < 1)
                    throw RuleFile.Malformed(FileName, line, "expected @name = positive number");
                switch (setting[0])
                {
                    case "min-body-count": MinBodyCount = n; break;
                    case "max-topics": MaxTopics = n; break;
                    default: throw RuleFile.Malformed(FileName, line, "unknown setting");
                }
                continue;
            }
            var colon = line.IndexOfAny([':', '：']);
            var topic = (colon < 0 ? line : line[..colon]).Trim();
            if (topic.Length == 0) throw RuleFile.Malformed(FileName, line, "empty topic");
            var index = topics.Count;
            topics.Add(topic);
            keywords.Add((topic, index));
            if (colon >= 0)
                keywords.AddRange(RuleFile.SplitList(line[(colon + 1)..]).Select(a => (a, index)));
        }
        _topics = [.. topics];
        _matcher = new KeywordMatcher<int>(keywords);
    }

    public List<string> Tag(string title, IEnumerable<string> paragraphs)
    {
        var inTitle = new bool[_topics.Length];
        _matcher.ForEach(title, i => inTitle[i] = true);
        var counts = new int[_topics.Length];
        foreach (var p in paragraphs) _matcher.ForEach(p, i => counts[i]++);

        return Enumerable.Range(0, _topics.Length)
            .Where(i => inTitle[i] || counts[i] >= MinBodyCount)
            .OrderByDescending(i => inTitle[i])
            .ThenByDescending(i => counts[i])
            .ThenBy(i => i)
            .Take(MaxTopics)
            .Select(i => _topics[i])
            .ToList();
    }
}
