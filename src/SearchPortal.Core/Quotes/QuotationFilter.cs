namespace SearchPortal.Core.Quotes;

/// <summary>
/// Decides whether a quoted span is a real quotation rather than a term (“两个维护”), a title, a theme or an
/// amendment instruction: long enough, a full clause, not a known term, not in an excluded context.
/// </summary>
public sealed class QuotationFilter(QuoteRules rules)
{
    /// <param name="text">The quoted text, trimmed.</param>
    /// <param name="lead">Words before the opening mark (same sentence).</param>
    /// <param name="after">Text after the closing mark (rest of the paragraph).</param>
    public bool IsQuotation(string text, string lead, string after)
    {
        if (text.Length == 0 || text.Length > rules.MaxChars) return false;
        if (text.StartsWith('《') && text.EndsWith('》')) return false;
        if (QuoteKey.HanCount(text) < rules.MinHan) return false;
        if (rules.Terms.Contains(QuoteKey.Normalize(text))) return false;
        foreach (var re in rules.ExcludeBefore)
            if (re.IsMatch(lead)) return false;
        // A quotation ending a sentence (。！？) is a sentence, whatever follows; otherwise “…”的目标 / “…”主题活动 name something.
        if (!EndsSentence(text))
            foreach (var re in rules.ExcludeAfter)
                if (re.IsMatch(after)) return false;
        return HasClause(text) || rules.DirectSpeech.IsMatch(lead);
    }

    private static bool EndsSentence(string text) => text.TrimEnd('”', '’', '」', '』', ')', '）').EndsWith(['。', '！', '？', '!', '?', '…']);

    /// <summary>A clause mark inside the text (a final 。 counts: the quote is a whole sentence).</summary>
    public bool HasClause(string text) => text.AsSpan().IndexOfAny(rules.ClausePunctuation) >= 0;
}
