using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// The clauses that select rather than rank: excluded terms (<c>-巡视</c>: MUST_NOT their exact wording) and field
/// filters written in the query (<c>类型:讲话</c>, <c>year:2019..2022</c>, <c>-type:新闻</c>), which score nothing.
/// </summary>
public sealed class QueryFilterCompiler(QuerySegmenter segmenter, UnitClauses clauses)
{
    /// <summary>Exclusions first, then filters, in query order.</summary>
    public IReadOnlyList<BooleanClause> Compile(ParsedQuery parsed)
    {
        var result = new List<BooleanClause>();
        foreach (var term in parsed.Excluded)
        {
            var plan = segmenter.Plan(term);
            var matchers = plan.Units.Where(u => u.Required).Select(u => clauses.Matcher(u.Text, term.Scope)).OfType<Query>().ToList();
            if (matchers.Count == 0) continue;
            result.Add(new BooleanClause(matchers.Count == 1 ? matchers[0] : UnitClauses.And(matchers), Occur.MUST_NOT));
        }
        foreach (var filter in parsed.Filters)
            result.Add(new BooleanClause(FilterQuery(filter), filter.Negated ? Occur.MUST_NOT : Occur.MUST));
        return result;
    }

    /// <summary>Any of the filter's values or year ranges, as a constant-score clause.</summary>
    public static Query FilterQuery(FieldFilter filter)
    {
        var q = new BooleanQuery();
        foreach (var v in filter.Values) q.Add(new TermQuery(new Term(filter.Field, v)), Occur.SHOULD);
        foreach (var r in filter.YearRanges)
            q.Add(TermRangeQuery.NewStringRange(filter.Field, r.From.ToString("D4"), r.To.ToString("D4"), true, true), Occur.SHOULD);
        // Filters select, they do not score.
        return new ConstantScoreQuery(q) { Boost = 0f };
    }
}
