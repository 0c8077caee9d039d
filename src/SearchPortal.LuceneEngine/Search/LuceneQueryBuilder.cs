using Lucene.Net.Search;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// Builds the Lucene queries for our query language by putting its parts together: the required groups
/// (<see cref="RequiredGroupCompiler"/>, each term by <see cref="TermClauseBuilder"/> from <see cref="UnitClauses"/>),
/// the whole-query ranking clauses (<see cref="RankingBoosts"/>) and the exclusions and filters
/// (<see cref="QueryFilterCompiler"/>). The clause order is part of the result: scores are float sums.
/// </summary>
public sealed class LuceneQueryBuilder
{
    private readonly RequiredGroupCompiler _groups;
    private readonly RankingBoosts _boosts;
    private readonly QueryFilterCompiler _filters;

    public LuceneQueryBuilder(IndexSchema schema, SearchRules rules)
    {
        Segmenter = new QuerySegmenter(schema, rules.Lexicon, rules.QuestionWords);
        var clauses = new UnitClauses(schema);
        _groups = new RequiredGroupCompiler(Segmenter, new TermClauseBuilder(clauses, new LooseWording(schema, clauses, rules.Lexicon), rules));
        _boosts = new RankingBoosts(schema, clauses);
        _filters = new QueryFilterCompiler(Segmenter, clauses);
    }

    public QuerySegmenter Segmenter { get; }

    /// <summary>The query, with its loose variant (<see cref="LooseWording"/>) when a short unit can be loosened.</summary>
    public CompiledQuery Build(ParsedQuery parsed, bool expand)
    {
        var strict = Build(parsed, new TermContext(expand));
        var looseContext = new TermContext(expand, loose: true);
        var loose = Build(parsed, looseContext);
        return looseContext.Loosened.Count == 0 ? strict : strict with { Loose = new LooseQuery(loose, looseContext.Loosened) };
    }

    private CompiledQuery Build(ParsedQuery parsed, TermContext ctx)
    {
        var (groups, preferredYear) = RankingBoosts.SplitPreferredYear(parsed.Required);
        var required = _groups.Compile(groups, ctx);
        var boosts = new List<Query>(required.Boosts);

        var doc = new BooleanQuery();
        foreach (var part in required.Parts) doc.Add(part.Query, Occur.MUST);
        if (preferredYear is { } year)
        {
            var prefer = _boosts.PreferYear(year);
            doc.Add(prefer, Occur.SHOULD);
            boosts.Add(prefer);
        }
        // Remembered wording: a long unquoted query also scores as a sloppy phrase of its words on the bigram field,
        // so the near-verbatim source (punctuation and small words in between) ranks first. Not for a typed question
        // (question words were cut out), and only for a run-on term: separately typed words keep their AND.
        var wording = required.Ignored.Count == 0 && required.Units.Count >= 2 ? _boosts.Wording(PlainText(groups)) : null;
        var others = _filters.Compile(parsed);
        if (required.Parts.Count == 0) doc.Add(new MatchAllDocsQuery(), Occur.MUST);
        if (_boosts.Proximity(required.ProximityWords) is { } near) { doc.Add(near, Occur.SHOULD); boosts.Add(near); }
        if (wording != null && required.Parts.Count > 0)
        {
            // Either every word, or the wording nearly verbatim (不骄、不躁 for 不骄不躁): both are matches.
            doc = new BooleanQuery { { new BooleanQuery { { doc, Occur.SHOULD }, { wording, Occur.SHOULD } }, Occur.MUST } };
        }
        foreach (var clause in others) doc.Add(clause);

        return new CompiledQuery(
            new QueryMatch(doc, ctx.PassageQuery()),
            new RelaxableUnits(required.Units, required.FixedUnits, boosts, wording),
            new HintParts(required.Parts, others),
            new QueryDisplay(ctx.HighlightTerms(), ctx.ExpandedTerms(), required.Ignored.Distinct().ToList(), preferredYear, TitleText(groups)));
    }

    /// <summary>The single unquoted whole-text terms, joined: the sentence a remembered-wording match looks for.</summary>
    private static string PlainText(IEnumerable<IReadOnlyList<QueryTerm>> groups) =>
        string.Concat(groups.Where(g => g.Count == 1 && !g[0].Quoted && g[0].Scope == TermScope.All).Select(g => g[0].Text));

    /// <summary>The positive text without spaces or punctuation, normalised as titles are.</summary>
    private static string TitleText(IEnumerable<IReadOnlyList<QueryTerm>> groups) =>
        Core.Documents.TitleNormalizer.Fold(string.Concat(groups.Where(g => g.Count == 1 && g[0].Scope == TermScope.All)
            .Select(g => string.Concat(QuerySegmenter.Runs(g[0].Text).Select(r => r.Text)))));
}
