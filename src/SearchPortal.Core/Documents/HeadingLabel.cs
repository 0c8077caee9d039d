namespace SearchPortal.Core.Documents;

/// <summary>
/// Shortens heading texts and "heading sentences" to one consistent label length, so heading paths stay readable
/// and the same heading always produces the same path element.
/// </summary>
public static class HeadingLabel
{
    /// <summary>Labels longer than this are cut and end with "…".</summary>
    public const int MaxLength = 32;

    private static readonly char[] SentenceEnds = ['。', '；', '？', '！', ';', '?', '!'];

    /// <summary>The whole text, cut to <see cref="MaxLength"/> with "…".</summary>
    public static string Shorten(string text)
    {
        text = FullWidthPunctuation(text.Trim());
        return text.Length <= MaxLength ? text : text[..MaxLength].TrimEnd() + "…";
    }

    /// <summary>The first sentence (cut at 。；？！) without its end mark, shortened.</summary>
    public static string FirstSentence(string text)
    {
        var end = text.IndexOfAny(SentenceEnds);
        return Shorten(end > 0 ? text[..end] : text);
    }

    /// <summary>Scraped copies often use half-width "," ";" ":" in Chinese text; labels are shown, so show them the Chinese way.</summary>
    private static string FullWidthPunctuation(string text)
    {
        if (text.IndexOfAny([',', ';', ':']) < 0) return text;
        var chars = text.ToCharArray();
        for (var i = 1; i < chars.Length; i++)
        {
            if (chars[i - 1] < '\u2E80') continue; // only after a CJK character: keep "1,000" and "a, b"
            chars[i] = chars[i] switch { ',' => '，', ';' => '；', ':' => '：', _ => chars[i] };
        }
        return new string(chars);
    }

    /// <summary>Index of the first sentence end mark, or -1.</summary>
    public static int SentenceEnd(string text) => text.IndexOfAny(SentenceEnds);
}
