using Lucene.Net.Search;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>The required groups compiled: the document query's MUST parts and what a relaxed pass rebuilds from.</summary>
/// <param name="Parts">One per group with something searchable, in query order (each is a MUST clause).</param>
/// <param name="Units">The words of a run-on term (a typed question or sentence cut into words): relaxable.</param>
/// <param name="FixedUnits">Groups typed on their own: required in every pass.</param>
/// <param name="Boosts">The run-on terms' group queries as optional ranking clauses for a relaxed pass; empty when
/// there is nothing to relax.</param>
/// <param name="ProximityWords">Required unit texts of single-term, whole-text groups: scored for being close together.</param>
/// <param name="Ignored">Question words cut out (repeats kept).</param>
internal sealed record RequiredClauses(
    IReadOnlyList<QueryPart> Parts, IReadOnlyList<Query> Units, IReadOnlyList<Query> FixedUnits,
    IReadOnlyList<Query> Boosts, IReadOnlyList<string> ProximityWords, IReadOnlyList<string> Ignored);

/// <summary>
/// Compiles the groups that must all match (terms inside a group are OR-ed) and sorts their queries into the roles a
/// relaxed pass gives them: a run-on term's words may be relaxed, a term typed on its own stays required.
/// </summary>
internal sealed class RequiredGroupCompiler(QuerySegmenter segmenter, TermClauseBuilder terms)
{
    public RequiredClauses Compile(IReadOnlyList<IReadOnlyList<QueryTerm>> groups, TermContext ctx)
    {
        var parts = new List<QueryPart>();
        var units = new List<Query>();
        var fixedUnits = new List<Query>();
        var boosts = new List<Query>();
        var proximity = new List<string>();
        var ignored = new List<string>();
        foreach (var group in groups)
        {
            var plans = group.Select(segmenter.Plan).Where(p => p.Units.Count > 0).ToList();
            var groupUnits = new List<Query>();
            var alternatives = new List<Query>();
            foreach (var plan in plans)
            {
                ignored.AddRange(plan.Ignored);
                if (terms.Build(plan, ctx, plans.Count == 1 ? groupUnits : null) is { } q) alternatives.Add(q);
            }
            if (alternatives.Count == 0) continue;
            Query groupQuery = alternatives.Count == 1 ? alternatives[0] : UnitClauses.Or(alternatives);
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
        // Nothing to relax: the group query is already the document query. Otherwise, in a fallback the group query
        // must not be required: each becomes an optional ranking clause.
        IReadOnlyList<Query> relaxBoosts = units.Count < 2 ? [] : boosts.Select(b => (Query)new BooleanQuery { { b, Occur.SHOULD } }).ToList();
        return new RequiredClauses(parts, units, fixedUnits, relaxBoosts, proximity, ignored);
    }
}
