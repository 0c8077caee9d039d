namespace SearchPortal.Core.Documents;

/// <summary>
/// Chinese numerals as article numbers, months and days write them (一百五十八, 一百零八, 二十, 十, 三十一) and Arabic
/// digits (108). The one reader of such numbers: article numbering, dates and citations use it.
/// </summary>
public static class ChineseNumber
{
    /// <summary>The value, or null for anything that is not one number (二二, 十X, an empty string).</summary>
    public static int? Parse(string s)
    {
        if (s.Length == 0) return null;
        if (s.All(char.IsAsciiDigit)) return s.Length <= 9 ? int.Parse(s) : null;
        int total = 0, digit = -1;
        foreach (var c in s)
        {
            var d = Digit(c);
            if (d >= 0)
            {
                if (digit > 0) return null; // two digits in a row (二二) are not a number of this kind
                digit = d;
                continue;
            }
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0) return null;
            total += (digit < 0 ? 1 : digit) * unit; // 十二: a bare 十 is one ten
            digit = -1;
        }
        return total + Math.Max(digit, 0);
    }

    /// <summary>0–9 for a Chinese digit (〇, 零, ○ and the zero look-alikes of dates included), else -1.</summary>
    public static int Digit(char c) => c switch
    {
        '〇' or '零' or '○' or 'Ｏ' or '０' or 'O' => 0,
        '一' => 1, '二' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9,
        _ => -1,
    };
}
