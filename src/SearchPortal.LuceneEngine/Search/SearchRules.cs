using SearchPortal.Core.Documents;
namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// The editable rules the query language uses: the domain lexicon (terms kept whole) and the synonym/abbreviation
/// map. Loaded once from the data folder (lexicon.txt, synonyms.txt); immutable afterwards, so it is safe to share.
/// </summary>
public sealed class SearchRules
{
    public DomainLexicon Lexicon { get; }
    public SynonymMap Synonyms { get; }
    /// <summary>Question and function words a query need not find (怎么, 如何, 吗 …).</summary>
    public QuestionWords QuestionWords { get; }
    /// <summary>Issuing-body prefixes of titles that users leave out (title-prefixes.txt).</summary>
    public IReadOnlyList<string> TitlePrefixes { get; init; } = [];

    public SearchRules(DomainLexicon lexicon, SynonymMap synonyms, QuestionWords? questionWords = null)
    {
        Lexicon = lexicon;
        Synonyms = synonyms;
        QuestionWords = questionWords ?? new QuestionWords([]);
    }

    public static SearchRules Empty { get; } = new(new DomainLexicon([]), SynonymMap.Parse([]));

    /// <summary>Reads lexicon.txt and synonyms.txt from <paramref name="dataPath"/>; a missing file means an empty rule set.</summary>
    public static SearchRules Load(string dataPath)
    {
        var lexicon = new DomainLexicon(RuleFile.ReadOptionalLines(dataPath, "lexicon.txt"));
        var synonyms = SynonymMap.Parse(RuleFile.ReadOptionalLines(dataPath, "synonyms.txt"));
        var questions = new QuestionWords(RuleFile.ReadOptionalLines(dataPath, "question-words.txt"));
        return new SearchRules(lexicon, synonyms, questions)
        {
            TitlePrefixes = RuleFile.ReadOptionalLines(dataPath, "title-prefixes.txt").ToList(),
        };
    }
}

/// <summary>
/// Question and function words (question-words.txt). Words of two or more characters are cut out of a query run
/// wherever they occur (outside lexicon terms); a single character only when the segmenter makes a word of it alone,
/// so 算 goes in 算违纪吗 but stays in 预算.
/// </summary>
public sealed class QuestionWords
{
    private readonly WordSet _words;

    public QuestionWords(IEnumerable<string> words) => _words = new WordSet(words, minLength: 1);

    public int Count => _words.Count;

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>The longest question word of two or more characters starting at <paramref name="start"/>, or 0.</summary>
    public int LongestMultiCharAt(string text, int start) => _words.LongestMatchAt(text, start);
}

/// <summary>Fixed terms (两个维护, 四风, 全面从严治党…) that a query keeps as one unit, found by longest match.</summary>
public sealed class DomainLexicon
{
    private readonly WordSet _terms;

    public DomainLexicon(IEnumerable<string> terms) => _terms = new WordSet(terms, minLength: 2);

    public int Count => _terms.Count;

    public bool Contains(string term) => _terms.Contains(term);

    /// <summary>Every term, normalised (the suggestions list them).</summary>
    public IEnumerable<string> Terms => _terms.Words;

    /// <summary>The longest lexicon term starting at <paramref name="start"/> in <paramref name="text"/>, or 0.</summary>
    public int LongestMatchAt(string text, int start) => _terms.LongestMatchAt(text, start);
}

/// <summary>Normalised words (at least <c>minLength</c> characters) with a longest-match lookup of two or more characters at a position.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly int _maxLength;

    public WordSet(IEnumerable<string> words, int minLength)
    {
        _words = new HashSet<string>(words.Select(QueryNormalizer.Normalize).Where(w => w.Length >= minLength), StringComparer.Ordinal);
        _maxLength = _words.Count == 0 ? 0 : _words.Max(w => w.Length);
    }

    public int Count => _words.Count;

    public IEnumerable<string> Words => _words;

    public bool Contains(string word) => _words.Contains(word);

    public int LongestMatchAt(string text, int start)
    {
        for (var len = Math.Min(_maxLength, text.Length - start); len > 1; len--)
            if (_words.Contains(text.Substring(start, len))) return len;
        return 0;
    }
}

/// <summary>
/// Abbreviations and other wordings: 四风 ↔ 形式主义、官僚主义…. Rule forms (one per line):
/// <c>A &lt;=&gt; B, C</c> (A finds B and C, each of them finds A), <c>A =&gt; B, C</c> (one way), <c>A = B = C</c> (all equivalent).
/// </summary>
public sealed class SynonymMap
{
    private readonly Dictionary<string, List<string>> _map;

    private SynonymMap(Dictionary<string, List<string>> map) => _map = map;

    public int Count => _map.Count;

    /// <summary>Expansions of <paramref name="term"/> (empty when none), in the order the rules list them.</summary>
    public IReadOnlyList<string> Expand(string term) =>
        _map.TryGetValue(term, out var list) ? list : [];

    public static SynonymMap Parse(IEnumerable<string> lines)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string from, string to)
        {
            if (from.Length == 0 || to.Length == 0 || from == to) return;
            if (!map.TryGetValue(from, out var list)) map[from] = list = [];
            if (!list.Contains(to)) list.Add(to);
        }
        static List<string> Split(string s, params char[] separators) =>
            s.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
             .Select(QueryNormalizer.Normalize).Where(x => x.Length > 0).ToList();

        foreach (var line in lines)
        {
            int i;
            if ((i = line.IndexOf("<=>", StringComparison.Ordinal)) > 0)
            {
                var head = QueryNormalizer.Normalize(line[..i].Trim());
                foreach (var member in Split(line[(i + 3)..], ',', '，'))
                {
                    Add(head, member);
                    Add(member, head);
                }
            }
            else if ((i = line.IndexOf("=>", StringComparison.Ordinal)) > 0)
            {
                var head = QueryNormalizer.Normalize(line[..i].Trim());
                foreach (var member in Split(line[(i + 2)..], ',', '，')) Add(head, member);
            }
            else if (line.Contains('='))
            {
                var group = Split(line, '=');
                foreach (var a in group)
                    foreach (var b in group) Add(a, b);
            }
        }
        return new SynonymMap(map);
    }
}
