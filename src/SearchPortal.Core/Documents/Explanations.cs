using System.Text.RegularExpressions;

namespace SearchPortal.Core.Documents;

/// <summary>
/// What a paragraph explains: its text when it is a heading, and the subject of each definition sentence in it —
/// X是指…, X即…, 所谓X…, X的内涵/含义…, X包括…, X：… (a short item label). The index keeps these subjects in a field of
/// their own, so a document that explains a term ranks above one that only lists it, and the explaining paragraph is
/// the passage shown.
/// </summary>
public static partial class Explanations
{
    /// <summary>A subject longer than this is a clause, not a term.</summary>
    public const int MaxSubjectLength = 24;

    // The subject is the clause right before the cue (after the last comma, colon or opening mark of the sentence).
    // 是指 and its kin define whatever precedes them; the weaker cues (包括, 即, 的内涵 …) only after a short subject,
    // which must start its clause, and 的内涵/的含义 only when the sentence goes on to say it (是, 为, 包括, a colon) or ends there (a heading-like
    // line): 讲透彻“四种形态”的内涵，让… mentions the meaning without giving it.
    [GeneratedRegex(@"([^，,：:（(]{1,24}?)[”""」』]?[，,]?(?:是指|指的是|就是指|即是|具体是指)")]
    private static partial Regex DefinedBy();

    // 即 only as "that is" (not 立即, 随即, 即使, 即可 …).
    [GeneratedRegex(@"(?<=^|[，,：:（(])\s*([^，,：:（(]{1,12}?)[”""」』]?(?:主要包括|包括|(?<![立随当旋亦便])即(?![使可将便日时刻])|的(?:内涵|含义|主要内容)(?=[是为：:]|主要|包括|就是|$))")]
    private static partial Regex ShortSubjectCue();

    [GeneratedRegex(@"所谓[“""「『]?([^，,。：:”""」』]{1,24})")]
    private static partial Regex SoCalled();

    // An item label: a short term at the start of the sentence (after any numbering) followed by a colon.
    [GeneratedRegex(@"^\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?([^，,。：:]{2,16})[：:]")]
    private static partial Regex ItemLabel();

    // Markdown emphasis around a label (**1.“****四个意识****”****：**) is not part of it.
    [GeneratedRegex(@"[*#_`]+")]
    private static partial Regex Markup();

    /// <summary>The subjects a paragraph explains (a heading explains its own text), in text order; empty for a plain mention.</summary>
    public static IReadOnlyList<string> Subjects(Paragraph paragraph)
    {
        if (paragraph.IsHeading) return [paragraph.Text];
        var subjects = new List<string>();
        foreach (var sentence in Sentences.Split(Markup().Replace(paragraph.Text, "")))
        {
            if (ItemLabel().Match(sentence) is { Success: true } label) subjects.Add(label.Groups[1].Value);
            foreach (Match m in SoCalled().Matches(sentence)) subjects.Add(m.Groups[1].Value);
            foreach (Match m in DefinedBy().Matches(sentence)) subjects.Add(m.Groups[1].Value);
            foreach (Match m in ShortSubjectCue().Matches(sentence)) subjects.Add(m.Groups[1].Value);
        }
        return subjects;
    }
}
