using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Ranking-only clauses built from the whole query rather than one term: a preferred year (an edition named beside
/// a title), several terms close together (a sloppy phrase), and remembered wording (a long sentence typed from
/// memory, matched loosely on the bigram field).
/// </summary>
internal sealed class RankingBoosts(IndexSchema schema, UnitClauses clauses)
{
    public const float YearBoost = 3f;
    public const float ProximityBoost = 0.5f;
    public const int ProximitySlop = 20;
    public const float WordingBoost = 6f;
    /// <summary>Queries of at least this many CJK characters (after question words) are "remembered wording".</summary>
    public const int WordingMinLength = 10;
    public const int WordingMaxBigrams = 16;

    /// <summary>
    /// A year beside other words (纪律处分条例 2015) names an edition: it is taken out of the required groups, to be
    /// preferred, not demanded. A year typed alone stays the search.
    /// </summary>
    public static (IReadOnlyList<IReadOnlyList<QueryTerm>> Groups, int? Year) SplitPreferredYear(IReadOnlyList<IReadOnlyList<QueryTerm>> groups)
    {
        if (groups.Count <= 1) return (groups, null);
        var yearGroup = groups.FirstOrDefault(g => g.Count == 1 && !g[0].Quoted && g[0].Scope == TermScope.All && IsYear(g[0].Text));
        if (yearGroup == null) return (groups, null);
        var year = int.Parse(QueryNormalizer.Normalize(yearGroup[0].Text).TrimEnd('年'));
        return (groups.Where(g => !ReferenceEquals(g, yearGroup)).ToList(), year);
    }

    /// <summary>Entries of that year, or with it in the title, score a constant bonus.</summary>
    public Query PreferYear(int year)
    {
        var prefer = new BooleanQuery
        {
            { new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.Year, year.ToString("D4")))) { Boost = YearBoost }, Occur.SHOULD },
        };
        if (clauses.BigramPhrase(IndexSchema.TitleBigram, year.ToString("D4")) is { } inTitle)
            prefer.Add(new ConstantScoreQuery(inTitle) { Boost = YearBoost }, Occur.SHOULD);
        return prefer;
    }

    /// <summary>Several terms near each other rank higher: a sloppy SmartCn phrase over all of them; null for fewer than two.</summary>
    public Query? Proximity(IReadOnlyList<string> units)
    {
        if (units.Count < 2) return null;
        var tokens = new List<AnalyzedToken>();
        var position = 0;
        foreach (var unit in units)
        {
            var unitTokens = TokenAnalysis.Analyze(schema.SmartCn, IndexSchema.Body, unit);
            foreach (var t in unitTokens) tokens.Add(t with { Position = position + t.Position });
            if (unitTokens.Count > 0) position += unitTokens[^1].Position + 1;
        }
        if (tokens.Count < 2 || tokens.Count > 32) return null;
        var q = UnitClauses.Phrase(IndexSchema.Body, tokens, ProximitySlop);
        q.Boost *= ProximityBoost;
        return q;
    }

    /// <summary>
    /// A sloppy phrase over the bigrams inside the query's words (SmartCn words of 2+ characters), at their positions in
    /// the query: 保持谦虚谨慎不骄不躁的作风 finds 保持谦虚、谨慎、不骄、不躁的作风, where the bigrams that straddle words
    /// (虚谨, 慎不) do not exist. Slop grows with the length, so a word or two may be missing in between.
    /// </summary>
    public Query? Wording(string text)
    {
        var run = string.Concat(text.Where(QueryNormalizer.IsCjk));
        if (run.Length < WordingMinLength || run.Length > 64) return null;
        var bigrams = new List<(string Text, int Position)>();
        foreach (var t in TokenAnalysis.Analyze(schema.SmartCn, IndexSchema.Body, run))
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

    private static bool IsYear(string text)
    {
        var t = QueryNormalizer.Normalize(text).TrimEnd('年');
        return t.Length == 4 && t.All(char.IsAsciiDigit) && t[0] is '1' or '2';
    }
}
