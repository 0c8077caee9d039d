using System.Text.RegularExpressions;

namespace SearchPortal.Core.Documents;

/// <summary>A date found in text: a full date, or only a year (e.g. "2015年修订", "一九三九年冬季").</summary>
public readonly record struct FoundDate(DateOnly? Date, int Year)
{
    public static FoundDate Full(DateOnly date) => new(date, date.Year);
    public static FoundDate YearOnly(int year) => new(null, year);
}

/// <summary>
/// Finds dates written the ways Chinese documents write them: 2021年3月5日, 2021年03月05日, 2021-03-05, 2021.3.5,
/// 2021/3/5, 二〇一九年十月八日, （一九四四年九月八日）, file names such as "(2020-05-14)" or "20230408", and years
/// alone ("2015年修订", "2018年版"). Years outside 1900..(this year + 1) are ignored as misreadings.
/// </summary>
public sealed partial class DateExtractor(int? maxYear = null)
{
    private readonly int _maxYear = maxYear ?? DateTime.UtcNow.Year + 1;
    public const int MinYear = 1900;

    [GeneratedRegex(@"(?<![0-9])([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*[日号]")]
    private static partial Regex ArabicFullRegex();

    [GeneratedRegex(@"(?<![0-9])([0-9]{4})([-/.．])([0-9]{1,2})\2([0-9]{1,2})(?![0-9])")]
    private static partial Regex SeparatedRegex();

    [GeneratedRegex(@"(?<![0-9])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?![0-9])")]
    private static partial Regex CompactRegex();

    [GeneratedRegex(@"([一二三四五六七八九〇零○Ｏ０O]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*日)?")]
    private static partial Regex ChineseRegex();

    [GeneratedRegex(@"(?<![0-9])([0-9]{4})\s*年\s*([0-9]{1,2})\s*月")]
    private static partial Regex ArabicYearMonthRegex();

    [GeneratedRegex(@"(?<![0-9])([0-9]{4})\s*年")]
    private static partial Regex ArabicYearRegex();

    [GeneratedRegex(@"([一二三四五六七八九〇零○Ｏ０O]{4})\s*年")]
    private static partial Regex ChineseYearRegex();

    // "(2015)" / "（2004年）" / "2018版" in titles and file names.
    [GeneratedRegex(@"[（(]((?:19|20)[0-9]{2})[）)]|(?<![0-9])((?:19|20)[0-9]{2})\s*版")]
    private static partial Regex BracketYearRegex();

    /// <summary>The first full date in <paramref name="text"/> (year-month-day, any supported form), else null.</summary>
    /// <param name="year">When given, only a date of that year counts (an edition's date among earlier ones).</param>
    public FoundDate? FindFullDate(string text, bool allowCompact = false, int? year = null)
    {
        FoundDate? best = null;
        var bestIndex = int.MaxValue;

        // Cheap gates first: most lines have neither 年 nor a digit, and 一二三 are common characters.
        var hasYearMark = text.Contains('年');
        var hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        if (hasYearMark && hasDigit)
            Consider(ArabicFullRegex().Match(text), m => Make(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value));
        if (hasDigit)
            Consider(SeparatedRegex().Match(text), m => Make(m.Groups[1].Value, m.Groups[3].Value, m.Groups[4].Value));
        if (hasYearMark)
            Consider(ChineseRegex().Match(text), m => m.Groups[3].Success
                ? MakeChinese(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)
                : null);
        if (allowCompact && hasDigit)
            Consider(CompactRegex().Match(text), m => Make(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value));
        return best;

        void Consider(Match m, Func<Match, FoundDate?> make)
        {
            // Earliest valid match wins: the first date written is the document's own far more often than a later one.
            for (; m.Success && m.Index < bestIndex; m = m.NextMatch())
            {
                if (make(m) is { } found && (year == null || found.Year == year))
                {
                    best = found;
                    bestIndex = m.Index;
                    return;
                }
            }
        }
    }

    /// <summary>A full date if present, else the first plausible year ("2015年", "一九三九年冬", "（2004年）", "2018版").</summary>
    public FoundDate? Find(string text, bool allowCompact = false) => FindFullDate(text, allowCompact) ?? FindYear(text);

    public FoundDate? FindYear(string text)
    {
        int? best = null;
        var bestIndex = int.MaxValue;
        var hasYearMark = text.Contains('年');
        var hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        if (hasYearMark && hasDigit)
        {
            Consider(ArabicYearMonthRegex().Match(text), m => ParseYear(m.Groups[1].Value));
            Consider(ArabicYearRegex().Match(text), m => ParseYear(m.Groups[1].Value));
        }
        if (hasYearMark) Consider(ChineseYearRegex().Match(text), m => ChineseYear(m.Groups[1].Value));
        if (hasDigit)
            Consider(BracketYearRegex().Match(text), m => ParseYear(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value));
        return best is { } y ? FoundDate.YearOnly(y) : null;

        void Consider(Match m, Func<Match, int?> year)
        {
            for (; m.Success && m.Index < bestIndex; m = m.NextMatch())
            {
                if (year(m) is { } found)
                {
                    best = found;
                    bestIndex = m.Index;
                    return;
                }
            }
        }
    }

    /// <summary>Parses a front-matter value: "2021-03-05", "2021年3月5日", "2021".</summary>
    public FoundDate? ParseValue(string value)
    {
        value = value.Trim().Trim('"', '\'');
        if (value.Length == 4 && int.TryParse(value, out var y) && Valid(y)) return FoundDate.YearOnly(y);
        return Find(value, allowCompact: true);
    }

    private FoundDate? Make(string year, string month, string day) =>
        int.TryParse(year, out var y) && int.TryParse(month, out var m) && int.TryParse(day, out var d)
            ? MakeDate(y, m, d) : null;

    private FoundDate? MakeChinese(string year, string month, string day) =>
        ChineseYear(year) is { } y && ChineseNumber.Parse(month) is { } m && ChineseNumber.Parse(day) is { } d ? MakeDate(y, m, d) : null;

    private FoundDate? MakeDate(int y, int m, int d)
    {
        if (!Valid(y) || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return FoundDate.Full(new DateOnly(y, m, d));
    }

    private int? ParseYear(string s) => int.TryParse(s, out var y) && Valid(y) ? y : null;

    private bool Valid(int year) => year >= MinYear && year <= _maxYear;

    /// <summary>"一九四四" → 1944 (digit by digit; 〇/零/○ are zero).</summary>
    private int? ChineseYear(string s)
    {
        var y = 0;
        foreach (var c in s)
        {
            var digit = ChineseNumber.Digit(c);
            if (digit < 0) return null;
            y = y * 10 + digit;
        }
        return Valid(y) ? y : null;
    }
}
