using System.Text.RegularExpressions;

namespace SearchPortal.Core.Quotes;

/// <summary>
/// Finds who a pronoun (他说：“…”) or a bare title (总书记强调：“…”) refers to: the known speaker named last in the
/// words before the quotation (same paragraph, then the previous one), unless someone else is reported speaking
/// after that name (…习近平指出…。扎帕罗夫表示…。他说：“…” is not 习近平's).
/// </summary>
public sealed class SpeakerContext(QuoteRules rules)
{
    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?', ';', '\n'];
    private static readonly char[] ClauseBreaks = ['，', '。', '；', '！', '？', '：', ',', ';', '!', '?', ':', '\n', '“', '”'];

    /// <summary>The known speaker named last in <paramref name="context"/>, or null; a bare title is skipped.</summary>
    public QuoteSpeaker? LastNamed(string context, out int end)
    {
        end = -1;
        Match? last = null;
        for (var m = rules.SpeakerMention.Match(context); m.Success; m = m.NextMatch())
            if (rules.FindSpeaker(m.Value) is { IsTitle: false }) last = m;
        if (last == null) return null;
        end = last.Index + last.Length;
        return rules.FindSpeaker(last.Value);
    }

    /// <summary>
    /// The speaker a 他/她 at the end of <paramref name="context"/> refers to, or null. From the start of the sentence
    /// naming the speaker: 扎帕罗夫表示，…谨向习近平主席致以…祝福。他说 names 习近平 as an object, not as the speaker.
    /// </summary>
    public QuoteSpeaker? Pronoun(string context)
    {
        var speaker = LastNamed(context, out var end);
        if (speaker == null) return null;
        var sentenceStart = context.LastIndexOfAny(SentenceEnds, Math.Max(0, end - 1)) + 1;
        var since = context[sentenceStart..];
        foreach (var clause in since.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            // Another subject reported speaking: the pronoun may be that person's.
            if (rules.OtherSpeaker.IsMatch(clause) && !rules.SpeakerMention.IsMatch(clause) && !clause.TrimStart().StartsWith('他') && !clause.TrimStart().StartsWith('她'))
                return null;
        }
        return speaker;
    }

    /// <summary>A bare title (总书记) resolved to the last of its candidate names mentioned in the context, else the first.</summary>
    public string Title(QuoteSpeaker title, string context)
    {
        var names = title.TitleNames;
        var best = names[0];
        var bestAt = -1;
        foreach (var name in names)
        {
            var at = context.LastIndexOf(name, StringComparison.Ordinal);
            if (at > bestAt) (best, bestAt) = (name, at);
        }
        return best;
    }
}
