namespace SearchPortal.Core.Quotes;

/// <summary>Who is quoted: a name and a kind. <see cref="None"/> when the lead names nobody.</summary>
public sealed record Attribution(string Who, QuoteKind Kind)
{
    public static readonly Attribution None = new("", QuoteKind.Other);
    public bool IsNone => this == None;

    /// <summary>How specific it is: a named leader/document/classical source beats a bare kind, which beats nothing.</summary>
    public int Specificity => (Kind == QuoteKind.Other ? 0 : 2) + (Who.Length > 0 ? 1 : 0);
}

/// <summary>
/// Attributes a quotation from the words before it in the same sentence (at most <see cref="QuoteRules.LeadWindow"/>
/// characters back): the first rule of quote-attribution.txt whose pattern matches the end of that lead wins;
/// a named speaker known in quote-speakers.txt gets that speaker's canonical name and kind. A pronoun (他说) or a
/// bare title (总书记) is resolved from the words before the quotation (<see cref="SpeakerContext"/>).
/// </summary>
public sealed class AttributionResolver(QuoteRules rules)
{
    private readonly SpeakerContext _context = new(rules);

    /// <summary>The rule template meaning "the speaker of the previous quotation in this paragraph" (他强调：“…”).</summary>
    public const string PreviousSpeaker = "^";

    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?', ';', '\n'];

    /// <summary>The words before a quotation that may attribute it: back to the sentence start, at most the lead window.</summary>
    public string Lead(string paragraph, int quoteStart)
    {
        var from = Math.Max(0, quoteStart - rules.LeadWindow);
        var window = paragraph[from..quoteStart];
        var cut = window.LastIndexOfAny(SentenceEnds);
        return cut >= 0 ? window[(cut + 1)..] : window;
    }

    /// <param name="lead">Text just before the opening quote mark.</param>
    /// <param name="previous">Attribution of the previous quotation in the same paragraph, for 他/她 and adjacent quotes.</param>
    /// <param name="after">Text after the closing mark: tried (after-rules) only when the lead names nobody.</param>
    /// <param name="context">The previous paragraph and this one up to the quotation: where 他 and 总书记 are resolved.</param>
    public Attribution Resolve(string lead, Attribution? previous = null, string after = "", string context = "")
    {
        var before = Apply(rules.Attributions, lead, previous, context);
        return before.IsNone && after.Length > 0 ? Apply(rules.AfterAttributions, after, previous, context) : before;
    }

    private Attribution Apply(IReadOnlyList<AttributionRule> ruleList, string text, Attribution? previous, string context)
    {
        foreach (var rule in ruleList)
        {
            var m = rule.Pattern.Match(text);
            if (!m.Success) continue;
            if (rule.WhoTemplate == PreviousSpeaker)
            {
                if (previous is { IsNone: false }) return previous;
                // 他说 with no earlier quotation in the paragraph: the leader or author named just before.
                return _context.Pronoun(context) is { } named ? new Attribution(named.Name, named.Kind) : Attribution.None;
            }
            var who = rule.WhoTemplate.Length == 0 ? "" : m.Result(rule.WhoTemplate).Trim();
            // 《[[国家监察委员会管辖规定]](试行)》: Markdown link brackets inside a title are not part of it.
            if (who.StartsWith('《')) who = who.Replace("[", "").Replace("]", "");
            return Canonical(who, rule.Kind, context);
        }
        return Attribution.None;
    }

    /// <summary>
    /// A known speaker's canonical name and kind (毛主席 → 毛泽东, leader; 《论语》 → classical; 总书记 → the one named
    /// before it in <paramref name="context"/>), else the rule's.
    /// </summary>
    public Attribution Canonical(string who, QuoteKind fallback, string context = "")
    {
        if (who.Length == 0 || rules.FindSpeaker(who) is not { } speaker) return new Attribution(who, fallback);
        return new Attribution(speaker.IsTitle ? _context.Title(speaker, context) : speaker.Name, speaker.Kind);
    }
}
