using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>A required part of the query (one group of OR-ed terms), kept for "drop this term" hints.</summary>
public sealed record QueryPart(string Label, Query Query);

/// <summary>The Lucene side of a parsed query, ready to run.</summary>
public sealed class CompiledQuery
{
    /// <summary>Text and in-query filters; not yet restricted to document entries (the service adds that).</summary>
    public required Query DocumentQuery { get; init; }
    /// <summary>Any positive unit (with expansions): ranks a hit's paragraphs. Null when the query has no text.</summary>
    public Query? PassageQuery { get; init; }
    public IReadOnlyList<string> HighlightTerms { get; init; } = [];
    public IReadOnlyList<string> Expanded { get; init; } = [];
    public IReadOnlyList<QueryPart> Parts { get; init; } = [];
    /// <summary>Clauses other than the parts (exclusions, filters): kept when a hint drops one part.</summary>
    public IReadOnlyList<BooleanClause> OtherClauses { get; init; } = [];
    public bool HasText => Parts.Count > 0;

    /// <summary>
    /// The words of run-on terms (a typed question or sentence cut into words), one by one: what a
    /// minimum-should-match fallback may leave out.
    /// </summary>
    public IReadOnlyList<Query> Units { get; init; } = [];
    /// <summary>Terms typed on their own (space-separated, OR groups, quoted): always required, also in a fallback.</summary>
    public IReadOnlyList<Query> FixedUnits { get; init; } = [];
    /// <summary>Ranking-only clauses (exact wording, proximity, year preference): kept in the fallback.</summary>
    public IReadOnlyList<Query> Boosts { get; init; } = [];
    /// <summary>Remembered wording (a sloppy phrase of a long query's words), an alternative match; or null.</summary>
    public Query? Wording { get; init; }
    /// <summary>Question words cut out of the query (not searched).</summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];
    /// <summary>A year typed as a term beside other words (纪律处分条例 2015): preferred, not required.</summary>
    public int? PreferredYear { get; init; }
    /// <summary>The positive text of the query without spaces or punctuation: what a title would read.</summary>
    public string TitleText { get; init; } = "";
}

/// <summary>
/// Builds Lucene queries for our query language. Each unit (an exact piece of wording) is
/// MUST(bigram phrase on body_bi OR title_bi) — the bigram field finds the exact characters whatever SmartCn
/// made of them in the text (金山 inside 金山银山, 习近平 split 习/近/平) — plus SHOULD(SmartCn phrase on body and,
/// boosted, title) for ranking: a document where SmartCn sees the same word scores higher. Expansions (四风 →
/// 形式主义…) use the exact-wording matcher only, at a lower weight. Single characters use the
/// SmartCn field (the bigram field has no unigrams inside Chinese runs). Title matches are boosted, a term split into
/// several units also scores its exact wording, and several terms close together score a sloppy phrase.
/// </summary>
public sealed class LuceneQueryBuilder
{
    public const float TitleBoost = 4f;
    public const float ExpansionBoost = 0.6f;
    public const float WholeWordingBoost = 2f;
    public const float ProximityBoost = 0.5f;
    public const int ProximitySlop = 20;
    public const int MaxExpansionsPerUnit = 8;

    private readonly IndexSchema _schema;
    private readonly SearchRules _rules;
    private readonly QuerySegmenter _segmenter;

    public LuceneQueryBuilder(IndexSchema schema, SearchRules rules)
    {
        _schema = schema;
        _rules = rules;
        _segmenter = new QuerySegmenter(schema, rules.Lexicon, rules.QuestionWords);
    }

    public QuerySegmenter Segmenter => _segmenter;

    public CompiledQuery Build(ParsedQuery parsed, bool expand)
    {
        var ctx = new BuildContext(expand);
        var doc = new BooleanQuery();
        var parts = new List<QueryPart>();
        var proximity = new List<string>();
        var units = new List<Query>();
        var fixedUnits = new List<Query>();
        var boosts = new List<Query>();
        var ignored = new List<string>();

        // A year beside other words (纪律处分条例 2015) names an edition: prefer it, do not demand it.
        int? preferredYear = null;
        var groups = parsed.Required;
        if (groups.Count > 1)
        {
            var yearGroup = groups.FirstOrDefault(g => g.Count == 1 && !g[0].Quoted && g[0].Scope == TermScope.All && IsYear(g[0].Text));
            if (yearGroup != null)
            {
                preferredYear = int.Parse(QueryNormalizer.Normalize(yearGroup[0].Text).TrimEnd('年'));
                groups = groups.Where(g => !ReferenceEquals(g, yearGroup)).ToList();
            }
        }

        foreach (var group in groups)
        {
            var alternatives = new List<Query>();
            var plans = group.Select(_segmenter.Plan).Where(p => p.Units.Count > 0).ToList();
            var groupUnits = new List<Query>();
            foreach (var plan in plans)
            {
                ignored.AddRange(plan.Ignored);
                var q = TermQuery(plan, ctx, plans.Count == 1 ? groupUnits : null);
                if (q != null) alternatives.Add(q);
            }
            if (alternatives.Count == 0) continue;
            Query groupQuery = alternatives.Count == 1 ? alternatives[0] : Or(alternatives);
            doc.Add(groupQuery, Occur.MUST);
            parts.Add(new QueryPart(string.Join(" OR ", plans.Select(p => p.Term.Text)), groupQuery));
            if (plans.Count == 1 && groupUnits.Count > 1)
            {
                // A run-on term (a typed question or sentence) cut into words: its words may be relaxed.
                units.AddRange(groupUnits);
                // The group's own ranking clauses (exact wording of a split term) stay as boosts in a fallback.
                boosts.Add(groupQuery);
            }
            else fixedUnits.Add(groupQuery); // a term the user typed on its own (space-separated) stays required
            if (plans.Count == 1 && plans[0].Term.Scope == TermScope.All)
                proximity.AddRange(plans[0].Units.Where(u => u.Required).Select(u => u.Text));
        }
        if (units.Count < 2) boosts.Clear(); // nothing to relax: the group query is already the document query
        else
        {
            // In a fallback the group query must not be required: wrap each as an optional ranking clause.
            boosts = boosts.Select(b => (Query)new BooleanQuery { { b, Occur.SHOULD } }).ToList();
        }

        if (preferredYear is { } year)
        {
            var prefer = new BooleanQuery
            {
                { new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.Year, year.ToString("D4")))) { Boost = YearBoost }, Occur.SHOULD },
            };
            if (BigramPhrase(IndexSchema.TitleBigram, year.ToString("D4")) is { } inTitle)
                prefer.Add(new ConstantScoreQuery(inTitle) { Boost = YearBoost }, Occur.SHOULD);
            doc.Add(prefer, Occur.SHOULD);
            boosts.Add(prefer);
        }

        // Remembered wording: a long unquoted query also scores as a sloppy phrase of its words on the bigram field,
        // so the near-verbatim source (punctuation and small words in between) ranks first.
        var plainText = string.Concat(groups.Where(g => g.Count == 1 && !g[0].Quoted && g[0].Scope == TermScope.All)
            .Select(g => g[0].Text));
        // A typed question is not a remembered sentence: no wording match when question words were cut out.
        // Only for a run-on term (cut into words): separately typed words keep their AND.
        var wording = ignored.Count == 0 && units.Count >= 2 ? WordingQuery(plainText) : null;

        var others = new List<BooleanClause>();
        foreach (var term in parsed.Excluded)
        {
            var plan = _segmenter.Plan(term);
            var matchers = plan.Units.Where(u => u.Required).Select(u => Matcher(u.Text, term.Scope)).OfType<Query>().ToList();
            if (matchers.Count == 0) continue;
            others.Add(new BooleanClause(matchers.Count == 1 ? matchers[0] : And(matchers), Occur.MUST_NOT));
        }
        foreach (var filter in parsed.Filters)
            others.Add(new BooleanClause(FilterQuery(filter), filter.Negated ? Occur.MUST_NOT : Occur.MUST));
        if (parts.Count == 0) doc.Add(new MatchAllDocsQuery(), Occur.MUST);
        if (proximity.Count >= 2 && ProximityQuery(proximity) is { } near) { doc.Add(near, Occur.SHOULD); boosts.Add(near); }
        if (wording != null && parts.Count > 0)
        {
            // Either every word, or the wording nearly verbatim (不骄、不躁 for 不骄不躁): both are matches.
            doc = new BooleanQuery { { new BooleanQuery { { doc, Occur.SHOULD }, { wording, Occur.SHOULD } }, Occur.MUST } };
        }
        foreach (var clause in others) doc.Add(clause);

        return new CompiledQuery
        {
            DocumentQuery = doc,
            PassageQuery = ctx.Passage.Clauses.Count > 0 ? QueryFieldMapper.ForParagraphs(ctx.Passage) : null,
            HighlightTerms = ctx.Highlight.Distinct().OrderByDescending(t => t.Length).ToList(),
            Expanded = ctx.Expanded.Distinct().ToList(),
            Parts = parts,
            OtherClauses = others,
            Units = units,
            FixedUnits = fixedUnits,
            Boosts = boosts,
            Wording = wording,
            Ignored = ignored.Distinct().ToList(),
            PreferredYear = preferredYear,
            TitleText = IndexSchema.NormalizeTitle(string.Concat(groups.Where(g => g.Count == 1 && g[0].Scope == TermScope.All)
                .Select(g => string.Concat(QuerySegmenter.Runs(g[0].Text).Select(r => r.Text))))),
        };
    }

    public const float YearBoost = 3f;
    public const float WordingBoost = 6f;
    /// <summary>Queries of at least this many CJK characters (after question words) are "remembered wording".</summary>
    public const int WordingMinLength = 10;

    private static bool IsYear(string text)
    {
        var t = QueryNormalizer.Normalize(text).TrimEnd('年');
        return t.Length == 4 && t.All(char.IsAsciiDigit) && t[0] is '1' or '2';
    }

    /// <summary>
    /// A sloppy phrase over the bigrams inside the query's words (SmartCn words of 2+ characters), at their positions in
    /// the query: 保持谦虚谨慎不骄不躁的作风 finds 保持谦虚、谨慎、不骄、不躁的作风, where the bigrams that straddle words
    /// (虚谨, 慎不) do not exist. Slop grows with the length, so a word or two may be missing in between.
    /// </summary>
    private Query? WordingQuery(string text)
    {
        var run = string.Concat(text.Where(QueryNormalizer.IsCjk));
        if (run.Length < WordingMinLength || run.Length > 64) return null;
        var bigrams = new List<(string Text, int Position)>();
        foreach (var t in TokenAnalysis.Analyze(_schema.SmartCn, IndexSchema.Body, run))
        {
            if (t.End - t.Start < 2) continue;
            // Non-overlapping bigrams (谦虚谨慎 → 谦虚, 谨慎): a four-character set phrase is often written with a
            // pause in the middle (谦虚、谨慎), where the middle bigram (虚谨) does not exist.
            for (var i = t.Start; i + 1 < t.End; i += 2) bigrams.Add((run.Substring(i, 2), i));
        }
        if (bigrams.Count < 3 || bigrams.Count > WordingMaxBigrams) return null;
        var slop = Math.Max(4, run.Length / 2);
        PhraseQuery Phrase(int skip)
        {
            var pq = new PhraseQuery { Slop = slop };
            for (var i = 0; i < bigrams.Count; i++)
                if (i != skip) pq.Add(new Term(IndexSchema.BodyBigram, bigrams[i].Text), bigrams[i].Position);
            pq.Boost = WordingBoost / (bigrams.Count - (skip >= 0 ? 1 : 0));
            return pq;
        }
        // Every word's bigrams, or all but one (a word remembered differently: 不骄不躁 for 不骄、不躁 lacks 骄不).
        var q = new BooleanQuery { { Phrase(-1), Occur.SHOULD } };
        for (var skip = 0; skip < bigrams.Count; skip++) q.Add(Phrase(skip), Occur.SHOULD);
        q.MinimumNumberShouldMatch = 1;
        return q;
    }

    public const int WordingMaxBigrams = 16;

    private sealed class BuildContext(bool expand)
    {
        public bool Expand { get; } = expand;
        public BooleanQuery Passage { get; } = new();
        public List<string> Highlight { get; } = [];
        public List<string> Expanded { get; } = [];
    }

    private Query? TermQuery(TermPlan plan, BuildContext ctx, List<Query>? unitsOut = null)
    {
        var scope = plan.Term.Scope;
        var quoted = plan.Term.Quoted;
        var wholeExpansions = ctx.Expand && !quoted && plan.Units.Count > 1
            ? _rules.Synonyms.Expand(plan.Term.Text) : [];

        var term = new BooleanQuery();
        var required = 0;
        foreach (var unit in plan.Units)
        {
            var uq = UnitQuery(unit.Text, scope);
            if (uq == null) continue;
            var expansions = ctx.Expand && !quoted ? _rules.Synonyms.Expand(unit.Text).Take(MaxExpansionsPerUnit).ToList() : [];
            var expandedQueries = expansions.Select(e => (Text: e, Query: Matcher(e, scope))).Where(x => x.Query != null).ToList();
            if (expandedQueries.Count > 0)
            {
                var alt = new BooleanQuery { { uq, Occur.SHOULD } };
                foreach (var (text, q) in expandedQueries)
                {
                    q!.Boost *= ExpansionBoost;
                    alt.Add(q, Occur.SHOULD);
                    ctx.Expanded.Add(text);
                    AddHighlight(ctx, text);
                }
                uq = alt;
            }
            term.Add(uq, unit.Required ? Occur.MUST : Occur.SHOULD);
            if (unit.Required) { required++; AddHighlight(ctx, unit.Text); unitsOut?.Add(uq); }
            if (scope == TermScope.All) ctx.Passage.Add(uq, Occur.SHOULD);
        }
        if (term.Clauses.Count == 0) return null;
        if (required == 0) term.MinimumNumberShouldMatch = 1;
        if (plan.WholeText != null)
        {
            foreach (var field in WordingFields(scope))
                if (BigramPhrase(field.Field, plan.WholeText) is { } exact)
                {
                    exact.Boost *= WholeWordingBoost * field.Boost;
                    term.Add(exact, Occur.SHOULD);
                }
        }
        if (wholeExpansions.Count == 0) return term;
        unitsOut?.Clear(); // expanded as a whole: the term is one unit (its group query)

        var result = new BooleanQuery { { term, Occur.SHOULD } };
        foreach (var e in wholeExpansions.Take(MaxExpansionsPerUnit))
        {
            if (Matcher(e, scope) is not { } q) continue;
            q.Boost *= ExpansionBoost;
            result.Add(q, Occur.SHOULD);
            if (scope == TermScope.All) ctx.Passage.Add(q, Occur.SHOULD);
            ctx.Expanded.Add(e);
            AddHighlight(ctx, e);
        }
        return result;
    }

    private static void AddHighlight(BuildContext ctx, string text)
    {
        // Marking is literal: a quoted phrase with spaces or punctuation is marked piece by piece.
        foreach (var (run, _) in QuerySegmenter.Runs(text)) ctx.Highlight.Add(run);
        var joined = string.Concat(QuerySegmenter.Runs(text).Select(r => r.Text));
        if (QuerySegmenter.Runs(text).Count() > 1) ctx.Highlight.Add(joined);
    }

    private (string Field, float Boost)[] WordingFields(TermScope scope) => scope == TermScope.Title
        ? [(IndexSchema.TitleBigram, TitleBoost)]
        : [(IndexSchema.BodyBigram, 1f), (IndexSchema.TitleBigram, TitleBoost)];

    /// <summary>MUST(exact wording) + SHOULD(SmartCn phrase), or null when the text has nothing searchable.</summary>
    public Query? UnitQuery(string text, TermScope scope)
    {
        var matcher = Matcher(text, scope);
        if (matcher == null) return null;
        var ranker = Ranker(text, scope);
        if (ranker == null) return matcher;
        return new BooleanQuery { { matcher, Occur.MUST }, { ranker, Occur.SHOULD } };
    }

    /// <summary>Finds the exact characters: a bigram phrase on body_bi or title_bi; a single character also on the SmartCn fields.</summary>
    public Query? Matcher(string text, TermScope scope)
    {
        var q = new BooleanQuery();
        foreach (var (field, boost) in WordingFields(scope))
            if (BigramPhrase(field, text) is { } p) { p.Boost *= boost; q.Add(p, Occur.SHOULD); }
        if (IsSingleCharacter(text))
        {
            foreach (var t in TokenAnalysis.Analyze(_schema.SmartCn, IndexSchema.Body, text))
            {
                if (scope == TermScope.All) q.Add(new TermQuery(new Term(IndexSchema.Body, t.Term)), Occur.SHOULD);
                q.Add(new TermQuery(new Term(IndexSchema.Title, t.Term)) { Boost = TitleBoost }, Occur.SHOULD);
            }
        }
        return q.Clauses.Count == 0 ? null : q.Clauses.Count == 1 && q.Clauses[0].Query.Boost == 1f ? q.Clauses[0].Query : q;
    }

    private static bool IsSingleCharacter(string text) =>
        text.Length == 1 || (text.Length == 2 && char.IsSurrogatePair(text[0], text[1]));

    /// <summary>SmartCn phrase on body and (boosted) title: ranks documents where the text reads as the same word(s).</summary>
    private Query? Ranker(string text, TermScope scope)
    {
        var tokens = TokenAnalysis.Analyze(_schema.SmartCn, IndexSchema.Body, text);
        if (tokens.Count == 0) return null;
        var q = new BooleanQuery();
        if (scope == TermScope.All) q.Add(Phrase(IndexSchema.Body, tokens), Occur.SHOULD);
        var title = Phrase(IndexSchema.Title, tokens);
        title.Boost *= TitleBoost;
        q.Add(title, Occur.SHOULD);
        return q;
    }

    /// <summary>Consecutive bigrams = the exact character sequence (punctuation and spaces aside).</summary>
    public Query? BigramPhrase(string field, string text)
    {
        var tokens = TokenAnalysis.Analyze(_schema.Bigram, field, text);
        return tokens.Count == 0 ? null : Phrase(field, tokens);
    }

    /// <remarks>
    /// BM25 scores a phrase with the sum of its terms' idf, so a long phrase (an expansion such as
    /// 坚决维护党中央权威和集中统一领导, or a long exact wording) would outweigh everything else. Dividing the boost by
    /// the number of terms scores a phrase like one word of average rarity: 金山 and 全面从严治党 weigh alike.
    /// </remarks>
    private static Query Phrase(string field, List<AnalyzedToken> tokens, int slop = 0)
    {
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Term));
        var pq = new PhraseQuery { Slop = slop, Boost = 1f / tokens.Count };
        foreach (var t in tokens) pq.Add(new Term(field, t.Term), t.Position);
        return pq;
    }

    /// <summary>Several terms near each other rank higher: a sloppy SmartCn phrase over all of them.</summary>
    private Query? ProximityQuery(List<string> units)
    {
        var tokens = new List<AnalyzedToken>();
        var position = 0;
        foreach (var unit in units)
        {
            var unitTokens = TokenAnalysis.Analyze(_schema.SmartCn, IndexSchema.Body, unit);
            foreach (var t in unitTokens) tokens.Add(t with { Position = position + t.Position });
            if (unitTokens.Count > 0) position += unitTokens[^1].Position + 1;
        }
        if (tokens.Count < 2 || tokens.Count > 32) return null;
        var q = Phrase(IndexSchema.Body, tokens, ProximitySlop);
        q.Boost *= ProximityBoost;
        return q;
    }

    public static Query FilterQuery(FieldFilter filter)
    {
        var q = new BooleanQuery();
        foreach (var v in filter.Values) q.Add(new TermQuery(new Term(filter.Field, v)), Occur.SHOULD);
        foreach (var r in filter.YearRanges)
            q.Add(TermRangeQuery.NewStringRange(filter.Field, r.From.ToString("D4"), r.To.ToString("D4"), true, true), Occur.SHOULD);
        // Filters select, they do not score.
        return new ConstantScoreQuery(q) { Boost = 0f };
    }

    private static BooleanQuery Or(IEnumerable<Query> queries)
    {
        var q = new BooleanQuery();
        foreach (var x in queries) q.Add(x, Occur.SHOULD);
        return q;
    }

    private static BooleanQuery And(IEnumerable<Query> queries)
    {
        var q = new BooleanQuery();
        foreach (var x in queries) q.Add(x, Occur.MUST);
        return q;
    }
}
