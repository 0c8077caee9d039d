using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Rewrites a query to ask other fields the same thing (body → p_body …), keeping boosts, positions, slops and
/// minimum-should-match. Optional clauses that only ask fields the target entries do not have (a title boost, asked
/// of paragraph entries) are dropped: they can never match there, and each of their terms would still be looked up
/// in every segment. Covers the query types the query builder produces; any other query is kept as it is.
/// </summary>
public static class QueryFieldMapper
{
    public static Query Map(Query query, IReadOnlyDictionary<string, string> fields, IReadOnlySet<string>? absent = null)
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
                foreach (var clause in bq.Clauses)
                {
                    if (absent != null && clause.Occur == Occur.SHOULD && OnlyAsks(clause.Query, absent)) continue;
                    mapped.Add(Map(clause.Query, fields, absent), clause.Occur);
                }
                return mapped;
            }
            case SpanQuery sq when Span(sq, fields) is { } mappedSpan:
                return mappedSpan;
            case ConstantScoreQuery cq when cq.Query != null:
                return new ConstantScoreQuery(Map(cq.Query, fields, absent)) { Boost = cq.Boost };
            case FilteredQuery fq:
                return new FilteredQuery(Map(fq.Query, fields, absent), fq.Filter, fq.Strategy) { Boost = fq.Boost };
            default:
                return query;
        }
    }

    /// <summary>A span query (loose wording) on the mapped field; null for span types the builder does not produce.</summary>
    private static SpanQuery? Span(SpanQuery query, IReadOnlyDictionary<string, string> fields)
    {
        switch (query)
        {
            case SpanTermQuery st:
                return new SpanTermQuery(new Term(fields.TryGetValue(st.Term.Field, out var f) ? f : st.Term.Field, st.Term.Bytes)) { Boost = st.Boost };
            case SpanNearQuery sn:
                var parts = sn.GetClauses().Select(c => Span(c, fields)).ToArray();
                return parts.Any(p => p == null) ? null : new SpanNearQuery(parts!, sn.Slop, sn.IsInOrder) { Boost = sn.Boost };
            default:
                return null;
        }
    }

    /// <summary>True when every term of the query is in one of <paramref name="fieldSet"/> (false when unsure).</summary>
    private static bool OnlyAsks(Query query, IReadOnlySet<string> fieldSet) => query switch
    {
        TermQuery tq => fieldSet.Contains(tq.Term.Field),
        PhraseQuery pq => pq.GetTerms().Length > 0 && pq.GetTerms().All(t => fieldSet.Contains(t.Field)),
        SpanQuery sq => fieldSet.Contains(sq.Field),
        BooleanQuery bq => bq.Clauses.Count > 0 && bq.Clauses.All(c => OnlyAsks(c.Query, fieldSet)),
        ConstantScoreQuery { Query: not null } cq => OnlyAsks(cq.Query, fieldSet),
        _ => false,
    };

    /// <summary>True when the query asks only fields paragraph entries lack (a title: term): it cannot be placed in a paragraph.</summary>
    public static bool AsksOnlyDocumentFields(Query query) => OnlyAsks(query, DocumentOnlyFields);

    /// <summary>A query built for document entries, asked of paragraph entries (same words, their fields).</summary>
    public static Query ForParagraphs(Query query) => Map(query, ParagraphFieldMap, DocumentOnlyFields);
    /// <summary>A query built for document entries, asked of quotation entries.</summary>
    public static Query ForQuotes(Query query) => Map(query, QuoteFieldMap, NotOnQuotes);

    // Text fields only document entries have: optional clauses on them are dropped from paragraph and quotation queries.
    private static readonly IReadOnlySet<string> DocumentOnlyFields = new HashSet<string> { IndexSchema.Title, IndexSchema.TitleBigram, IndexSchema.TitleExact };
    private static readonly IReadOnlySet<string> NotOnQuotes = new HashSet<string>(DocumentOnlyFields) { IndexSchema.Explain };
    private static readonly IReadOnlyDictionary<string, string> ParagraphFieldMap =
        new Dictionary<string, string>
        {
            [IndexSchema.Body] = IndexSchema.ParagraphBody, [IndexSchema.BodyBigram] = IndexSchema.ParagraphBodyBigram,
            [IndexSchema.Explain] = IndexSchema.ParagraphExplain,
        };
    private static readonly IReadOnlyDictionary<string, string> QuoteFieldMap =
        new Dictionary<string, string> { [IndexSchema.Body] = IndexSchema.QuoteBody, [IndexSchema.BodyBigram] = IndexSchema.QuoteBodyBigram };

}
