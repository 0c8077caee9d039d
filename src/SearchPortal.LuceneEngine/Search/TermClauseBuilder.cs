using Lucene.Net.Search;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// What compiling the terms gathers beside their queries: the clauses of the passage query, the words to mark and the
/// expansions searched. Filled in the order the terms are compiled (equal-length marks keep that order).
/// </summary>
internal sealed class TermContext(bool expand, bool loose = false)
{
    private readonly List<LoosenedUnit> _loosened = [];
    private readonly BooleanQuery _passage = new();
    private readonly List<string> _highlight = [];
    private readonly List<string> _expanded = [];

    public bool Expand { get; } = expand;

    /// <summary>Short units that read as several words are matched loosely (<see cref="LooseWording"/>).</summary>
    public bool Loose { get; } = loose;

    public IReadOnlyList<LoosenedUnit> Loosened => _loosened;

    /// <summary>A unit matched loosely: its words are marked too (they may stand apart).</summary>
    public void AddLoosened(LoosenedUnit unit)
    {
        _loosened.Add(unit);
        foreach (var w in unit.Words) AddHighlight(w);
    }

    public void AddPassage(Query q) => _passage.Add(q, Occur.SHOULD);

    public void AddExpansion(string text)
    {
        _expanded.Add(text);
        AddHighlight(text);
    }

    public void AddHighlight(string text)
    {
        // Marking is literal: a quoted phrase with spaces or punctuation is marked piece by piece.
        foreach (var (run, _) in QuerySegmenter.Runs(text)) _highlight.Add(run);
        var joined = string.Concat(QuerySegmenter.Runs(text).Select(r => r.Text));
        if (QuerySegmenter.Runs(text).Count() > 1) _highlight.Add(joined);
    }

    /// <summary>Any positive unit (with expansions), asked of paragraph entries; null when there was none.</summary>
    public Query? PassageQuery() => _passage.Clauses.Count > 0 ? QueryFieldMapper.ForParagraphs(_passage) : null;

    public IReadOnlyList<string> HighlightTerms() => _highlight.Distinct().OrderByDescending(t => t.Length).ToList();

    public IReadOnlyList<string> ExpandedTerms() => _expanded.Distinct().ToList();
}

/// <summary>
/// The query of one term (a word or quoted phrase as typed): its units, each OR-ed with its synonym expansions (四风 →
/// 形式主义…, exact-wording matcher only, at a lower weight); a term split into several units also scores its exact
/// wording; a term expanded as a whole is OR-ed with the expansions of the whole.
/// </summary>
internal sealed class TermClauseBuilder(UnitClauses clauses, LooseWording loose, SearchRules rules)
{
    public const float ExpansionBoost = 0.6f;
    public const float WholeWordingBoost = 2f;
    public const int MaxExpansionsPerUnit = 8;

    /// <param name="unitsOut">Receives the term's required unit queries (what a relaxed pass may leave out); cleared
    /// when the term is expanded as a whole (then the term is one unit). Null: not collected.</param>
    public Query? Build(TermPlan plan, TermContext ctx, List<Query>? unitsOut = null)
    {
        var scope = plan.Term.Scope;
        var quoted = plan.Term.Quoted;
        var wholeExpansions = ctx.Expand && !quoted && plan.Units.Count > 1
            ? rules.Synonyms.Expand(plan.Term.Text) : [];

        var term = new BooleanQuery();
        var required = 0;
        foreach (var unit in plan.Units)
        {
            if (WithExpansions(unit.Text, scope, quoted, ctx, loosen: plan.Units.Count == 1) is not { } uq) continue;
            term.Add(uq, unit.Required ? Occur.MUST : Occur.SHOULD);
            if (unit.Required) { required++; ctx.AddHighlight(unit.Text); unitsOut?.Add(uq); }
            if (scope == TermScope.All) ctx.AddPassage(uq);
        }
        if (term.Clauses.Count == 0) return null;
        if (required == 0) term.MinimumNumberShouldMatch = 1;
        if (plan.WholeText != null)
        {
            foreach (var field in UnitClauses.WordingFields(scope))
                if (clauses.BigramPhrase(field.Field, plan.WholeText) is { } exact)
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
            if (clauses.Matcher(e, scope) is not { } q) continue;
            q.Boost *= ExpansionBoost;
            result.Add(q, Occur.SHOULD);
            if (scope == TermScope.All) ctx.AddPassage(q);
            ctx.AddExpansion(e);
        }
        return result;
    }

    /// <summary>The unit's query, OR-ed with its expansions' matchers when there are any; null when nothing is searchable.</summary>
    /// <param name="loosen">The unit is the whole term as typed (a run-on question or sentence cut into words has its own
    /// fallbacks, and loosening each of its idioms cost a second pass for nothing).</param>
    private Query? WithExpansions(string text, TermScope scope, bool quoted, TermContext ctx, bool loosen)
    {
        var looseMatcher = ctx.Loose && loosen && !quoted ? loose.Matcher(text, scope) : null;
        var uq = clauses.UnitQuery(text, scope, looseMatcher);
        if (uq == null) return null;
        if (looseMatcher != null) ctx.AddLoosened(loose.Words(text)!);
        var expansions = ctx.Expand && !quoted ? rules.Synonyms.Expand(text).Take(MaxExpansionsPerUnit).ToList() : [];
        var expandedQueries = expansions.Select(e => (Text: e, Query: clauses.Matcher(e, scope))).Where(x => x.Query != null).ToList();
        if (expandedQueries.Count == 0) return uq;
        var alt = new BooleanQuery { { uq, Occur.SHOULD } };
        foreach (var (e, q) in expandedQueries)
        {
            q!.Boost *= ExpansionBoost;
            alt.Add(q, Occur.SHOULD);
            ctx.AddExpansion(e);
        }
        return alt;
    }
}
