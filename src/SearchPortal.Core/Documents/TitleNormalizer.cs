using System.Text;
using System.Text.RegularExpressions;

namespace SearchPortal.Core.Documents;

/// <summary>
/// The one folding of titles (and of quotation keys, which fold the same way): <see cref="Fold"/> is NFKC (full and
/// half width alike), lower case, letters and digits only; <see cref="Key"/> is a regulation's lineage key, the folded
/// title without 《》, 中华人民共和国 and year or edition markers, so every edition of a regulation has one key.
/// </summary>
public static partial class TitleNormalizer
{
    public const string StatePrefix = "中华人民共和国";

    /// <summary>NFKC, lower case, letters and digits only: “治其本，朝令而夕从” equals "治其本,朝令而夕从".</summary>
    public static string Fold(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>The lineage key of a title (null when fewer than two characters are left).</summary>
    public static string? Key(string title)
    {
        var t = Bare(title);
        if (t.StartsWith(StatePrefix, StringComparison.Ordinal)) t = t[StatePrefix.Length..];
        var key = Fold(t);
        return key.Length >= 2 ? key : null;
    }

    /// <summary>The title without 《》 and without its trailing year and edition markers (（2018年修订）, 2023年版, （试行）).</summary>
    public static string Bare(string title)
    {
        var t = title.Replace("《", "").Replace("》", "").Trim();
        string previous;
        do
        {
            previous = t;
            t = EditionMarker().Replace(t, "").Trim(' ', '_', '-', '　');
        } while (t != previous);
        return t;
    }

    /// <summary>The edition year written in a title (中国共产党纪律处分条例 2018, （2015年修订）), or null.</summary>
    public static int? TitleYear(string title)
    {
        var m = TitleYearPattern().Match(title);
        return m.Success ? int.Parse(m.Groups[1].Value) : null;
    }

    // Year and edition markers: （2018年修订）(2023年版) （试行） 2023年版 _2018 trailing 2018 or 2018年修正.
    [GeneratedRegex(@"[（(]\s*(?:\d{4}\s*年?\s*(?:第?[一二三四五六七八九十\d]*次)?(?:修订|修正|修改|版|修订版|修正版)?(?:本)?|试行|暂行|草案|全文|节选)\s*[）)]\s*$|(?:\d{4}\s*年?\s*(?:修订|修正|版)?|试行)\s*$")]
    private static partial Regex EditionMarker();

    [GeneratedRegex(@"(?:^|[^\d])((?:19|20)\d{2})\s*年?\s*(?:第?[一二三四五六七八九十\d]*次)?(?:修订|修正|修改|版|修订版|修正版)?\s*[）)]?\s*$")]
    private static partial Regex TitleYearPattern();
}
