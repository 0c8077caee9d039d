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
    /// <param name="attributed">Someone is named for the quotation (a modifier use “…”的要求 is then still a quotation).</param>
    /// <param name="spoken">A known speaker's speech verb introduces it (习近平总书记提出“…”): a clause is not needed.</param>
    public bool IsQuotation(string text, string lead, string after, bool attributed = false, bool spoken = false)
    {
        if (!IsCandidate(text)) return false;
        // A well-known saying is one wherever it stands (《三国演义》上所谓“眉头一皱计上心来”).
        // …but not as a name (“绿水青山就是金山银山”实践创新基地).
        if (rules.Sayings.Contains(QuoteKey.Normalize(text))) return !rules.ExcludeAfter.Any(re => re.IsMatch(after));
        if (QuoteKey.HanCount(text) < (spoken ? rules.MinHanAttributed : rules.MinHan)) return false;
        if (IsExcludedLead(lead)) return false;
        foreach (var re in rules.ExcludeText)
            if (re.IsMatch(text)) return false;
        // A quotation ending a sentence (。！？) is a sentence, whatever follows; otherwise “…”的目标 / “…”主题活动 name something.
        var sentence = EndsSentence(text);
        if (!sentence)
            foreach (var re in rules.ExcludeAfter)
                if (re.IsMatch(after)) return false;
        // A named speaker's words without a clause mark (提出“实施创新驱动发展战略”的…战略) may still name a strategy or idea.
        if ((!attributed || (spoken && !HasClause(text))) && !sentence)
            foreach (var re in rules.ExcludeAfterUnattributed)
                if (re.IsMatch(after)) return false;
        // 坚持“…” / “…”的量刑方法 with nobody named and no speech verb: a formula applied or used as a name.
        if (!attributed && !sentence && !rules.SpeechLead.IsMatch(lead)
            && (rules.ExcludeBeforeUnnamed.Any(re => re.IsMatch(lead)) || rules.ExcludeAfterUnnamed.Any(re => re.IsMatch(after))))
            return false;
        return spoken || HasClause(text) || rules.DirectSpeech.IsMatch(lead);
    }

    /// <summary>
    /// The cheap checks on the text alone (length, title, known term): most quoted spans are short terms and stop
    /// here, before any context or attribution pattern runs.
    /// </summary>
    public bool IsCandidate(string text)
    {
        if (text.Length == 0 || text.Length > rules.MaxChars) return false;
        if (text.StartsWith('《') && text.EndsWith('》')) return false;
        // The shortest a well-known saying or a named speaker's words may be; the full length check is in IsQuotation.
        if (QuoteKey.HanCount(text) < Math.Min(rules.MinHanAttributed, rules.MinHanSaying)) return false;
        return !rules.Terms.Contains(QuoteKey.Normalize(text));
    }

    /// <summary>The lead introduces something other than a quotation: amendment text, a theme, a name.</summary>
    public bool IsExcludedLead(string lead) => rules.ExcludeBefore.Any(re => re.IsMatch(lead));

    private static bool EndsSentence(string text) => text.TrimEnd('”', '’', '」', '』', ')', '）').EndsWith(['。', '！', '？', '!', '?', '…']);

    /// <summary>A clause mark inside the text (a final 。 counts: the quote is a whole sentence).</summary>
    public bool HasClause(string text) => text.AsSpan().IndexOfAny(rules.ClausePunctuation) >= 0;
}
