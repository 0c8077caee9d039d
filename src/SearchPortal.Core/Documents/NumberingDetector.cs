using System.Text.RegularExpressions;

namespace SearchPortal.Core.Documents;

/// <summary>What kind of Chinese outline numbering starts a line, and how deep that kind conventionally sits.</summary>
/// <param name="Rank">Conventional depth: 第X编 &lt; 第X章 &lt; 第X节 &lt; 第X条 &lt; 一、 &lt; （一） &lt; 1. &lt; （1） &lt; ①.
/// A new numbered line closes every open heading of the same or a deeper rank.</param>
/// <param name="Number">The numbering itself, e.g. "第十二条" or "（一）".</param>
/// <param name="Rest">The text after the numbering, trimmed.</param>
public readonly record struct Numbering(NumberingKind Kind, int Rank, string Number, string Rest);

public enum NumberingKind { Part, Chapter, Section, Article, Chinese, ParenChinese, Digit, ParenDigit, Circled, Notes }

/// <summary>
/// Recognises outline numbering at the start of a plain-text line (一、 （一） 1. （1） 第一章 第十二条 …) while
/// rejecting look-alikes in prose: amounts such as "1.5亿元", dates such as "2021年…" or "2021.3.5", "一是…".
/// </summary>
public static partial class NumberingDetector
{
    /// <summary>Ranks of numbered kinds start here so reader headings (Markdown/docx levels 1–6) always enclose them.</summary>
    public const int FirstRank = 10;

    private const string CnDigits = "一二三四五六七八九十百零〇两";

    [GeneratedRegex(@"^第[一二三四五六七八九十百千零〇两\d]{1,8}(编|部分|篇)")]
    private static partial Regex PartRegex();

    [GeneratedRegex(@"^第[一二三四五六七八九十百千零〇两\d]{1,8}章")]
    private static partial Regex ChapterRegex();

    [GeneratedRegex(@"^第[一二三四五六七八九十百千零〇两\d]{1,8}节")]
    private static partial Regex SectionRegex();

    // An article number is followed by a space, 【 (statute headings) or the end of the line; in prose
    // ("第九条至第十二条规定…") it is not.
    [GeneratedRegex(@"^第[一二三四五六七八九十百千零〇两\d]{1,8}条(?=[\s\u3000【]|$)")]
    private static partial Regex ArticleRegex();

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}[、．.]")]
    private static partial Regex ChineseRegex();

    // "一　中国的特点和革命" (毛选 section titles): numeral + space, accepted only as a short pure heading.
    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}[ \u3000]+(?=\S)")]
    private static partial Regex ChineseSpaceRegex();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十〇○零]{1,3}[）)]")]
    private static partial Regex ParenChineseRegex();

    // 1. 1． 1、 but not 1.5 / 2021.3.5 / 12.3%; ⒈–⒛ are single-character forms used in statutes.
    [GeneratedRegex(@"^(?:[0-9０-９]{1,2}[\.．、](?![0-9０-９])|[\u2488-\u249B])")]
    private static partial Regex DigitRegex();

    [GeneratedRegex(@"^(?:[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[）)])")]
    private static partial Regex ParenDigitRegex();

    [GeneratedRegex(@"^[\u2460-\u2473]")]
    private static partial Regex CircledRegex();

    [GeneratedRegex(@"^注\s*释$")]
    private static partial Regex NotesRegex();

    private static readonly (Func<Regex> Regex, NumberingKind Kind)[] Patterns =
    [
        (PartRegex, NumberingKind.Part),
        (ChapterRegex, NumberingKind.Chapter),
        (SectionRegex, NumberingKind.Section),
        (ArticleRegex, NumberingKind.Article),
        (ChineseRegex, NumberingKind.Chinese),
        (ParenChineseRegex, NumberingKind.ParenChinese),
        (DigitRegex, NumberingKind.Digit),
        (ParenDigitRegex, NumberingKind.ParenDigit),
        (CircledRegex, NumberingKind.Circled),
    ];

    public static int RankOf(NumberingKind kind) => kind switch
    {
        NumberingKind.Notes or NumberingKind.Part => FirstRank,
        NumberingKind.Chapter => FirstRank + 1,
        NumberingKind.Section => FirstRank + 2,
        NumberingKind.Article => FirstRank + 3,
        NumberingKind.Chinese => FirstRank + 4,
        NumberingKind.ParenChinese => FirstRank + 5,
        NumberingKind.Digit => FirstRank + 6,
        NumberingKind.ParenDigit => FirstRank + 7,
        _ => FirstRank + 8,
    };

    /// <summary>Finds the numbering at the start of <paramref name="text"/> (already trimmed, bold markers removed).</summary>
    public static Numbering? Detect(string text)
    {
        if (text.Length == 0) return null;
        var first = text[0];
        // Cheap pre-check: every pattern starts with one of these characters.
        if (!(first == '第' || first == '（' || first == '(' || first == '注' || CnDigits.Contains(first)
              || char.IsAsciiDigit(first) || first is >= '０' and <= '９' || first is >= '\u2460' and <= '\u249B'))
            return null;

        if (NotesRegex().IsMatch(text))
            return new Numbering(NumberingKind.Notes, RankOf(NumberingKind.Notes), text, "");

        foreach (var (regex, kind) in Patterns)
        {
            var m = regex().Match(text);
            if (m.Success) return Make(kind, text, m.Length);
        }

        var space = ChineseSpaceRegex().Match(text);
        if (space.Success)
        {
            var rest = text[space.Length..].Trim();
            // Only a short title-like line: "一　概论", never a sentence such as "一 九…年".
            if (rest.Length is > 0 and <= 24 && HeadingLabel.SentenceEnd(rest) < 0 && !rest.Contains('，'))
                return new Numbering(NumberingKind.Chinese, RankOf(NumberingKind.Chinese), text[..space.Length].Trim(), rest);
        }
        return null;
    }

    private static Numbering Make(NumberingKind kind, string text, int length) =>
        new(kind, RankOf(kind), text[..length].Trim(), text[length..].Trim());
}
