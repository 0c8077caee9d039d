using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Core.Search;

/// <summary>
/// Rewrites a query to ask other fields the same thing (body → p_body …), keeping boosts, positions, slops and
/// minimum-should-match. Covers the query types the query builder produces; any other query is kept as it is.
/// </summary>
public static class QueryFieldMapper
{
    public static Query Map(Query query, IReadOnlyDictionary<string, string> fields)
    {
        switch (query)
        {
            case TermQuery tq when fields.TryGetValue(tq.Term.Field, out var f):
                return new TermQuery(new Term(f, tq.Term.Bytes)) { Boost = tq.Boost };
            case PhraseQuery pq when pq.GetTerms().Any(t => fields.ContainsKey(t.Field)):
            {
                var mapped = new PhraseQuery { Slop = pq.Slop, Boost = pq.Boost };
                var terms = pq.GetTerms();
                var positions = pq.GetPositions();
                for (var i = 0; i < terms.Length; i++)
                    mapped.Add(new Term(fields.TryGetValue(terms[i].Field, out var pf) ? pf : terms[i].Field, terms[i].Bytes), positions[i]);
                return mapped;
            }
            case BooleanQuery bq:
            {
                var mapped = new BooleanQuery(bq.CoordDisabled) { MinimumNumberShouldMatch = bq.MinimumNumberShouldMatch, Boost = bq.Boost };
                foreach (var clause in bq.Clauses) mapped.Add(Map(clause.Query, fields), clause.Occur);
                return mapped;
            }
            case ConstantScoreQuery cq when cq.Query != null:
                return new ConstantScoreQuery(Map(cq.Query, fields)) { Boost = cq.Boost };
            case FilteredQuery fq:
                return new FilteredQuery(Map(fq.Query, fields), fq.Filter, fq.Strategy) { Boost = fq.Boost };
            default:
                return query;
        }
    }
}
