using Lucene.Net.Search;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// The hits and facet counts of the pass that was kept and the query it ran: <see cref="Search"/> is the literal
/// query when the parsed one was too complex (<see cref="Literal"/>); <see cref="RelaxNotice"/> says how far a
/// relaxed pass had to go.
/// </summary>
public sealed record PassResult(TopFieldCollector Top, FacetCollector Facets, CompiledSearch Search, string? RelaxNotice = null, bool Literal = false)
{
    public int Total => Facets.TotalHits;
}

/// <summary>
/// Runs a compiled query over one entry kind: strict (every word), then, when that finds fewer than
/// <see cref="FewHits"/> and the kind allows it, all words but one and then most of them (entries with every word stay
/// first); a query too complex for Lucene (too many clauses) runs once more as literal text. Every pass collects the
/// page's hits and the facet counts together.
/// </summary>
public sealed class SearchPasses(QueryCompiler compiler)
{
    /// <summary>Fewer strict hits than this, and a query of several words, tries the relaxed levels.</summary>
    public const int FewHits = 5;
    /// <summary>
    /// Fewer verbatim matches than this (before the facet selection), and a short unit that reads as several words, also
    /// runs the loose match.
    /// </summary>
    public const int LooseBelow = 100;
    /// <summary>Constant added to entries with every word in a relaxed search: they stay above partial matches.</summary>
    public const float AllWordsBonus = 100f;

    /// <param name="decorate">Adds ranking clauses that are not part of the compiled query (known titles); may be null.</param>
    /// <param name="scope">Who is asking: every pass (and so the totals and facet counts) sees only their entries.</param>
    public PassResult Run(IndexSearcher searcher, EntryKind kind, AccessScope scope, CompiledSearch search, FacetSelection selection,
        Sort sort, int topN, Func<Query, Query>? decorate = null)
    {
        decorate ??= q => q;
        (TopFieldCollector Top, FacetCollector Facets) Collect(Query query)
        {
            var top = TopFieldCollector.Create(sort, Math.Max(1, topN), fillFields: false,
                trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
            var facets = new FacetCollector(kind.Facets, selection, top);
            searcher.Search(kind.Restrict(query, scope), facets);
            return (top, facets);
        }

        try
        {
            var (top, facets) = Collect(decorate(search.Query.Match.Document));
            var units = search.Query.Relaxable.Units.Count;
            var kept = search;
            string? notice = null;
            if (kind.Relax && facets.Matched < LooseBelow && search.Query.Loose is { } loose)
            {
                // Verbatim matches first, then the words written apart within a sentence (插手干预工程 for 插手工程).
                var (looseTop, looseFacets) = Collect(decorate(loose.Query.Match.Document));
                if (looseFacets.Matched > facets.Matched)
                {
                    if (looseFacets.TotalHits > facets.TotalHits) notice = LooseNotice(facets.TotalHits, loose.Units);
                    (top, facets, kept) = (looseTop, looseFacets, search with { Query = loose.Query });
                }
            }
            if (!kind.Relax || facets.TotalHits >= FewHits) return new PassResult(top, facets, kept, notice);

            var strict = facets.TotalHits;
            foreach (var minimum in RelaxLevels(units))
            {
                if (Relaxed(search.Query, minimum) is not { } relaxed) continue;
                var (relaxedTop, relaxedFacets) = Collect(decorate(relaxed));
                if (relaxedFacets.TotalHits <= strict) continue;
                (top, facets, kept) = (relaxedTop, relaxedFacets, search); // the relaxed query is built from the strict units
                var level = minimum == units - 1 ? "只差一个词" : "大部分词语";
                notice = strict == 0
                    ? $"没有同时包含全部词语的文档，以下是包含{level}的结果"
                    : $"同时包含全部词语的文档只有 {strict} 篇（排在最前），其后是包含{level}的结果";
                if (facets.TotalHits >= FewHits) break;
            }
            return new PassResult(top, facets, kept, notice);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            var literal = compiler.Literal(search.Parsed.Text, "查询过于复杂，已按字面搜索");
            var (top, facets) = Collect(literal.Query.Match.Document);
            return new PassResult(top, facets, literal, Literal: true);
        }
    }

    /// <summary>Says that the words of a short unit were also found apart, and how many documents have it verbatim.</summary>
    public static string LooseNotice(int verbatim, IReadOnlyList<LoosenedUnit> units)
    {
        var wording = string.Join("、", units.Select(u => $"“{u.Text}”"));
        var apart = string.Join("；", units.Select(u => string.Join("……", u.Words)));
        return verbatim == 0
            ? $"没有原样包含{wording}的文档，以下是其中词语在同一句中相隔几个字出现的结果（{apart}）"
            : $"原样包含{wording}的文档有 {verbatim} 篇（排在最前），其后是其中词语在同一句中相隔几个字出现的结果（{apart}）";
    }

    /// <summary>Minimum numbers of units to match, strictest first: all but one, then about half (each only once).</summary>
    public static IReadOnlyList<int> RelaxLevels(int units)
    {
        if (units < 2) return [];
        var levels = new List<int> { units - 1 };
        var most = (units + 1) / 2;
        if (most < levels[^1] && most >= 1) levels.Add(most);
        return levels;
    }

    /// <summary>
    /// At least <paramref name="minimum"/> of the units, plus the other clauses; entries having every unit get
    /// <see cref="AllWordsBonus"/> on top so they stay first. Null when there is nothing to relax.
    /// </summary>
    public static Query? Relaxed(CompiledQuery q, int minimum)
    {
        var r = q.Relaxable;
        var units = r.Units;
        if (units.Count < 2 || minimum >= units.Count || minimum < 1) return null;
        var any = new BooleanQuery();
        foreach (var u in units) any.Add(u, Occur.SHOULD);
        any.MinimumNumberShouldMatch = minimum;
        var all = new BooleanQuery();
        foreach (var u in units) all.Add(u, Occur.MUST);
        foreach (var u in r.FixedUnits) all.Add(u, Occur.MUST);
        Query match = r.Wording == null ? any : new BooleanQuery { { any, Occur.SHOULD }, { r.Wording, Occur.SHOULD } };
        var relaxed = new BooleanQuery { { match, Occur.MUST }, { new ConstantScoreQuery(all) { Boost = AllWordsBonus }, Occur.SHOULD } };
        foreach (var u in r.FixedUnits) relaxed.Add(u, Occur.MUST);
        foreach (var b in r.Boosts) relaxed.Add(b, Occur.SHOULD);
        foreach (var c in q.Hints.OtherClauses) relaxed.Add(c);
        return relaxed;
    }
}
