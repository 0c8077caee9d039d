using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Known documents: a query that is a title, or most of one (实践论, 廉洁自律准则 for 中国共产党廉洁自律准则), ranks
/// that document above documents that only mention it. Works on the title_exact terms (normalized titles), read once
/// per index reader: a title containing the query scores by how much of the title the query covers, squared, so
/// 中国共产党纪律处分条例 beats a Q&A whose long title cites it. A year preference adds to a title containing the year.
/// </summary>
public sealed partial class TitleMatcher
{
    public const float ExactBoost = 12f;
    public const float ContainsBoost = 8f;
    public const int MinQueryLength = 2;
    /// <summary>Titles scored at most (the best covered): keeps the query small when a short query is in many titles.</summary>
    public const int MaxTitles = 64;

    private readonly string[] _titles;
    private readonly IReadOnlyList<string> _prefixes;

    /// <param name="prefixes">Issuing-body prefixes users leave out (中国共产党, 中华人民共和国): not counted as title.</param>
    public TitleMatcher(IndexReader reader, IReadOnlyList<string>? prefixes = null)
    {
        _prefixes = (prefixes ?? []).Select(Core.Documents.TitleNormalizer.Fold).Where(p => p.Length > 0).OrderByDescending(p => p.Length).ToList();
        var list = new List<string>();
        var terms = MultiFields.GetTerms(reader, IndexSchema.TitleExact);
        if (terms != null)
        {
            var e = terms.GetEnumerator();
            while (e.MoveNext()) list.Add(e.Term.Utf8ToString());
        }
        _titles = list.ToArray();
    }

    public int Count => _titles.Length;

    /// <summary>Boost per matching normalized title (empty when the query is too short or in no title).</summary>
    public IReadOnlyList<(string Title, float Boost)> Match(string normalizedQuery, int? year = null)
    {
        if (normalizedQuery.Length < MinQueryLength) return [];
        var y = year?.ToString("D4");
        var found = new List<(string, float)>();
        foreach (var t in _titles)
        {
            if (!t.Contains(normalizedQuery, StringComparison.Ordinal)) continue;
            var rest = y != null ? t.Replace(y, "") : t; // an edition's year in its title is not "more title"
            // Without a year asked for, no edition's trailing year is (纪律处分条例2023): every edition is that title, and
            // the edition preference orders them. With one, the other editions' years still count, as before.
            if (y == null && rest != normalizedQuery) rest = EditionSuffix().Replace(rest, "");
            foreach (var p in _prefixes)
                if (rest.StartsWith(p, StringComparison.Ordinal) && !normalizedQuery.StartsWith(p, StringComparison.Ordinal)) { rest = rest[p.Length..]; break; }
            var coverage = (float)normalizedQuery.Length / Math.Max(rest.Length, normalizedQuery.Length);
            var boost = rest == normalizedQuery ? ExactBoost : ContainsBoost * coverage * coverage;
            found.Add((t, boost));
        }
        return found.OrderByDescending(f => f.Item2).Take(MaxTitles).ToList();
    }

    /// <summary>A ranking-only query: constant scores per matching title, or null.</summary>
    public Query? Query(string normalizedQuery, int? year = null)
    {
        var matches = Match(normalizedQuery, year);
        if (matches.Count == 0) return null;
        var q = new BooleanQuery();
        foreach (var (title, boost) in matches)
            q.Add(new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.TitleExact, title))) { Boost = boost }, Occur.SHOULD);
        return q;
    }

    /// <summary>An edition's year at the end of a normalised title (…条例2023, …2018年修订); group 1 is the year.
    /// Read by the title boost and by the suggestions, which merge editions.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"((?:19|20)\d{2})(?:年(?:修订|修正|版)?)?$")]
    internal static partial System.Text.RegularExpressions.Regex EditionSuffix();
}
