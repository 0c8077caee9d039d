using System.Text.RegularExpressions;
using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Citations;

/// <summary>
/// Finds the article citations of a document (法条联想), before they are resolved to documents:
/// 《中国共产党纪律处分条例》第二十八条, 《党纪处分条例》第X条 (an alias), 《条例》第X条 after （以下简称《条例》）,
/// 刑法第X条 (a law of the alias file named without 《》, after a verb or punctuation), 本条例第X条 inside a regulation,
/// 第X条第Y款 (the 款 and 项 stay in the text), lists and ranges (第五条、第六条, 第X条至第Y条: each article its own
/// citation). 第X条之一 is left out: ArticleSplitter numbers it as 第X条.
/// </summary>
public sealed partial class CitationFinder
{
    private const string Number = "[零〇一二三四五六七八九十百千\\d]{1,6}";
    private const string Sub = "(?<sub>(?:第" + Number + "款)?(?:第?[（(]" + Number + "[）)]项|第" + Number + "项)?)";
    // What may stand before a law named without 《》: not part of a longer name (行政监察法 is not 监察法).
    private const string BareLead = "(?<=^|[^\\p{IsCJKUnifiedIdeographs}]|依照|根据|依据|按照|参照|适用|违反|属于|符合|构成|定为|实施|援引|引用|将|对|即|和|及|与|或|我国|触犯|依|按|据|是|为|的|见|修订|现行)";

    private readonly RegulationAliases _aliases;
    private readonly Regex _citation;

    public CitationFinder(RegulationAliases aliases)
    {
        _aliases = aliases;
        var names = aliases.Names.Where(n => n.EndsWith('法') || n.EndsWith("法典") || n == "党章")
            .OrderByDescending(n => n.Length).Select(Regex.Escape).ToList();
        var bare = names.Count > 0 ? "|" + BareLead + "(?<bare>" + string.Join("|", names) + ")" : "";
        _citation = new Regex(
            "(?:(?<year>(?:19|20)\\d{2})\\s*年(?:版|修订|修正)?的?)?(?<tense>新修订的?|修订后的?|新|原|旧|修订前的?|现行)?"
            + "(?:《(?<title>[^《》\\n]{1,60})》(?:\\s*[（(](?<tyear>(?:19|20)\\d{2})\\s*年?(?:修订|修正|版)?[）)])?"
            + "(?:\\s*[（(][^（）()]{0,24}?简称[^（）()]{1,30}[）)])?"
            + "|(?<self>本(?:条例|法|规定|办法|准则|细则|规则|规程|决定|解释))" + bare + ")"
            + "的?第(?<n>" + Number + ")条(?!之[一二三四五六七八九十])" + Sub,
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <param name="isRegulation">The document is a regulation: 本条例第X条 cites itself (elsewhere it is left out).</param>
    /// <param name="withContext">Keep each citation's sentence (an undated document: its words choose the edition).</param>
    public IReadOnlyList<CitationMention> Find(IEnumerable<Paragraph> paragraphs, bool isRegulation, bool withContext = false)
    {
        var found = new List<CitationMention>();
        var shortNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in paragraphs)
        {
            var text = p.Text;
            foreach (var a in AbbreviationReader.Find(text)) shortNames[a.Short] = a.Full;
            // Cheap gate: a citation needs 第…条 (most paragraphs have none).
            var first = text.IndexOf('第');
            if (first < 0 || text.IndexOf('条', first) < 0) continue;
            foreach (Match m in _citation.Matches(text))
            {
                if (m.Groups["self"].Success && !isRegulation) continue;
                var regulation = m.Groups["self"].Success ? "" : _aliases.Canonical(m.Groups["title"].Success ? m.Groups["title"].Value : m.Groups["bare"].Value, shortNames);
                var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value)
                    : m.Groups["tyear"].Success ? int.Parse(m.Groups["tyear"].Value)
                    : m.Groups["title"].Success ? TitleNormalizer.TitleYear(m.Groups["title"].Value) : null;
                var tense = Tense(m.Groups["tense"].Value);
                // The year and tense words are context, not the citation's text: the link starts at the title.
                var start = m.Groups["title"].Success ? m.Groups["title"].Index - 1 : m.Groups["self"].Success ? m.Groups["self"].Index : m.Groups["bare"].Index;
                if (ChineseNumber.Parse(m.Groups["n"].Value) is not (> 0 and var number)) continue;
                var context = withContext && !m.Groups["self"].Success ? Sentence(text, start, m.Index + m.Length) : "";
                found.Add(new CitationMention(p.Ordinal, start, text[start..(m.Index + m.Length)], regulation, number, year, tense, context));
                // 第五条、第六条 / 第X条至第Y条: each further article of the list, cited the same way.
                var at = m.Index + m.Length;
                for (var next = ListedArticle().Match(text, at); next.Success; next = ListedArticle().Match(text, at))
                {
                    at = next.Index + next.Length;
                    if (ChineseNumber.Parse(next.Groups["n"].Value) is not (> 0 and var more)) break;
                    var s = next.Groups["art"].Index;
                    found.Add(new CitationMention(p.Ordinal, s, text[s..at], regulation, more, year, tense,
                        context.Length > 0 ? Sentence(text, s, at) : ""));
                }
            }
        }
        return found;
    }

    private const int ContextReach = 80;
    private static readonly char[] SentenceEnds = ['。', '；', '！', '？', '\n'];

    /// <summary>The words of the citation's sentence before and after it (at most <see cref="ContextReach"/> each way).</summary>
    private static string Sentence(string text, int start, int end)
    {
        var from = Math.Max(0, start - ContextReach);
        var cut = text.LastIndexOfAny(SentenceEnds, Math.Max(from, start - 1), start - from);
        if (cut >= 0) from = cut + 1;
        var to = Math.Min(text.Length, end + ContextReach);
        var stop = text.IndexOfAny(SentenceEnds, end, to - end);
        if (stop >= 0) to = stop;
        return text[from..start] + " " + text[end..to];
    }

    private static CitationTense Tense(string word) => word switch
    {
        "新" or "新修订" or "新修订的" or "修订后" or "修订后的" => CitationTense.Newest,
        "原" or "旧" or "修订前" or "修订前的" => CitationTense.Previous,
        _ => CitationTense.InForce,
    };

    [GeneratedRegex("\\G(?:、|，|,|和|及|以及|与|或者?|至|到)\\s*(?<art>第(?<n>" + Number + ")条(?!之[一二三四五六七八九十])" + Sub + ")")]
    private static partial Regex ListedArticle();
}
