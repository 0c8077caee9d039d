using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Quotes;

/// <summary>
/// Index-time extraction: finds the real quotations of a document's paragraphs, attributes each one
/// (leader, classical saying, document, other) and gives it its dedup key. Rules come from the data folder.
/// </summary>
public sealed class QuoteExtractor
{
    private readonly QuotedSpanFinder _spans = new();
    private readonly QuotationFilter _filter;
    private readonly AttributionResolver _attribution;
    private readonly ClassicalDetector _classical;
    private readonly QuoteRules _rules;
    private readonly RegulationAliases _aliases;

    public QuoteExtractor(QuoteRules rules, RegulationAliases? aliases = null)
    {
        _rules = rules;
        _aliases = aliases ?? RegulationAliases.None;
        _filter = new QuotationFilter(rules);
        _attribution = new AttributionResolver(rules);
        _classical = new ClassicalDetector(rules);
    }

    public static QuoteExtractor Load(string dataPath) => new(QuoteRules.Load(dataPath), RegulationAliases.Load(dataPath));

    public IReadOnlyList<Quote> Extract(ParsedDocument doc) =>
        Extract(doc.Id, doc.Title, doc.Metadata.Year, doc.Paragraphs);

    public IReadOnlyList<Quote> Extract(string id, string title, int? year, IEnumerable<Paragraph> paragraphs)
    {
        var result = new List<Quote>();
        var previousParagraph = "";
        // The previous paragraph was wholly a quotation excluded by its context (amendment text “…” after
        // 修改为：): a following paragraph that is wholly a quotation continues that block.
        var inExcludedBlock = false;
        var insideOpenQuote = false;
        var shortNames = new Dictionary<string, string>(StringComparer.Ordinal); // （以下简称《条例》）: defined so far
        foreach (var p in paragraphs)
        {
            var text = p.Text;
            foreach (var a in AbbreviationReader.Find(text)) shortNames[a.Short] = a.Full;
            if (p.IsHeading)
            {
                // “2.将第三条修改为：” may be taken for a numbered heading: it still introduces the next paragraph.
                previousParagraph = text;
                inExcludedBlock = insideOpenQuote = false;
                continue;
            }
            Attribution? previous = null;
            var previousSpoken = false;
            var previousEnd = -1;
            var spans = _spans.Find(text);
            var listed = ListedSpans(text, spans, _rules.IntroducesList);
            var blockContinues = false;
            // “…⏎“…⏎“…”: the first closed span of a paragraph continuing an open quotation is only its last part.
            var skipFirst = insideOpenQuote && QuotedSpanFinder.StartsWithQuoteMark(text);
            // 修改为：“…。”“…。” — a quote right after one excluded by its lead (amendment text) continues it.
            var excludedEnd = -1;
            for (var i = 0; i < spans.Count; i++)
            {
                var span = spans[i];
                var quoted = span.Inner.Trim().Trim('\u00A0', '\u3000');
                var opensParagraph = string.IsNullOrWhiteSpace(text[..span.Start]);
                var wholeParagraph = opensParagraph && IsOnlySeparator(text, span.End + 1, text.Length, listSeparators: true);
                var lead = wholeParagraph && EndsWithColon(previousParagraph)
                    ? _attribution.Lead(previousParagraph, previousParagraph.TrimEnd().Length) // 修改为：⏎“…” / 他说：⏎“…”
                    : _attribution.Lead(text, span.Start);
                if (excludedEnd >= 0 && IsOnlySeparator(text, excludedEnd + 1, span.Start))
                {
                    excludedEnd = span.End;
                    previous = null; previousEnd = span.End;
                    continue;
                }
                if (_filter.IsExcludedLead(lead)) excludedEnd = span.End;
                if (i == 0 && skipFirst && opensParagraph)
                {
                    blockContinues = inExcludedBlock;
                    previous = null; previousEnd = span.End;
                    continue;
                }
                if (wholeParagraph && (inExcludedBlock || _filter.IsExcludedLead(lead)))
                {
                    blockContinues = true;
                    previous = null; previousEnd = span.End;
                    continue;
                }
                if (listed[i] || !_filter.IsCandidate(quoted) || (opensParagraph && IsHeadline(text, quoted)))
                {
                    previous = null; previousEnd = span.End;
                    continue;
                }
                var after = text[(span.End + 1)..]; // only for the spans that passed the cheap checks above
                // “A。”“B。” right after one another continue the same speaker's words.
                var adjacent = previous != null && (IsOnlySeparator(text, previousEnd + 1, span.Start)
                    || _rules.ContinuesPrevious.IsMatch(text.AsSpan(previousEnd + 1, span.Start - previousEnd - 1).ToString()));
                var context = previousParagraph + "\n" + text[..span.Start];
                var who = adjacent ? previous! : _attribution.Resolve(lead, previous, after, context);
                // 《条例》, 《党纪处分条例》 and 《中国共产党纪律处分条例》 are one source: its full title.
                if (who.Kind == QuoteKind.Document && who.Who.StartsWith('《'))
                    who = who with { Who = "《" + _aliases.Canonical(who.Who, shortNames) + "》" };
                // 总书记强调，要“…”，“…” — a known speaker's words right after the verb (and the quotes adjacent to them).
                var spoken = adjacent ? previousSpoken : IsSpoken(who, lead, quoted);
                if (!_filter.IsQuotation(quoted, lead, after, !who.IsNone, spoken)) { previous = null; previousEnd = span.End; continue; }
                if (who.IsNone && _classical.IsClassical(quoted)) who = new Attribution("", QuoteKind.Classical);

                result.Add(new Quote(quoted, QuoteKey.Normalize(quoted), who.Who, who.Kind,
                    new QuoteSource(id, title, p.Ordinal, year)));
                previous = who;
                previousSpoken = spoken;
                previousEnd = span.End;
            }
            inExcludedBlock = blockContinues;
            insideOpenQuote = _spans.EndsInsideQuote(text) || (insideOpenQuote && !text.Contains('”'));
            previousParagraph = text;
        }
        return result;
    }

    /// <summary>A leader or classical author named for the quotation, whose speech verb ends the lead.</summary>
    private bool IsSpoken(Attribution who, string lead, string quoted) =>
        who is { IsNone: false, Who.Length: > 0, Kind: QuoteKind.Leader or QuoteKind.Classical } && _rules.SpeakerSpeech.IsMatch(lead)
        && (!_rules.ProposalVerb.IsMatch(lead) || quoted.Contains('、') || QuoteKey.HanCount(quoted) >= _rules.ProposalMinHan);

    /// <summary>
    /// “先办事，等离职后再说”……严防严查各类期权腐败！ — a short paragraph that opens with a quotation and has no
    /// full stop is a headline (lists of articles, news summaries), not text quoting someone.
    /// </summary>
    private static bool IsHeadline(string paragraph, string quoted) =>
        paragraph.Length <= 60 && !paragraph.Contains('。') && !quoted.TrimEnd().EndsWith(['。', '！', '？', '!', '?']);

    private static bool EndsWithColon(string text) => text.TrimEnd().EndsWith('：') || text.TrimEnd().EndsWith(':');

    /// <summary>
    /// Quotes in a run of three or more that follow one another (“A”“B”、“C”) are a list of formulations or terms,
    /// not quotations, unless the quote is a full sentence (dialogue: “…。”“…。”) or a long clause (a quoted provision).
    /// </summary>
    private static bool[] ListedSpans(string text, IReadOnlyList<QuotedSpan> spans, System.Text.RegularExpressions.Regex introducesList)
    {
        var listed = new bool[spans.Count];
        var runStart = 0;
        for (var i = 1; i <= spans.Count; i++)
        {
            var continues = i < spans.Count && IsOnlySeparator(text, spans[i - 1].End + 1, spans[i].Start, listSeparators: true);
            if (continues) continue;
            // “A”“B”等 — a list of examples even with two items.
            var endsWithEtc = i - runStart >= 2 && text.AsSpan(spans[i - 1].End + 1).TrimStart().StartsWith("等");
            // Quoted provisions (协议规定：“…，…”；“…”) are introduced as speech; listed topics (开展“…，…”“…”协商) are not.
            var introduced = introducesList.IsMatch(text.AsSpan(0, spans[runStart].Start).ToString());
            if (i - runStart >= 3 || endsWithEtc)
                for (var j = runStart; j < i; j++)
                    listed[j] = !spans[j].Inner.TrimEnd().EndsWith(['。', '！', '？', '!', '?']) && !(introduced && IsLongClause(spans[j].Inner));
            runStart = i;
        }
        return listed;
    }

    /// <summary>A listed quote with a clause mark and some length is a quoted provision (协议规定“…，…”；“…”), not a term.</summary>
    private static bool IsLongClause(string inner) =>
        QuoteKey.HanCount(inner) >= ListedClauseMinHan && inner.AsSpan().IndexOfAny('，', ',', '；') >= 0;

    private const int ListedClauseMinHan = 12;

    private static bool IsOnlySeparator(string text, int from, int to, bool listSeparators = false)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '，' or ',' || (listSeparators && c is '。' or '.')) continue;
            if (listSeparators && c is '、' or '和' or '与' or '及' or '；' or ';') continue;
            return false;
        }
        return true;
    }
}
