using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Search prefers the edition of a regulation in force: when the query names a document (a title match), an older
/// edition (已被修订) scores a fraction of its score, so 纪律处分条例 ranks the 2023 edition first. Not when the query
/// names a year (纪律处分条例 2018: that edition is asked for, and the year preference ranks it) or the user chose a
/// 时效性 value.
/// </summary>
public static class EditionPreference
{
    /// <summary>The factor an older edition's score is multiplied by.</summary>
    public const float SupersededFactor = 0.5f;

    public static Query Demote(Query query) =>
        new BoostingQuery(query, new TermQuery(new Term(IndexSchema.Status, Core.Documents.EditionStatus.Superseded)), SupersededFactor);

    /// <summary>True when the request filters on the status facet (a facet selection or 时效性: in the query).</summary>
    public static bool StatusChosen(ParsedQuery parsed, FacetSelection selection) =>
        selection.Values.ContainsKey(IndexSchema.Status) || parsed.Filters.Any(f => f.Field == IndexSchema.Status);
}
