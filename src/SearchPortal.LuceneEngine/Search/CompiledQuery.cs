using Lucene.Net.Search;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>A required part of the query (one group of OR-ed terms), kept for "drop this term" hints.</summary>
public sealed record QueryPart(string Label, Query Query);

/// <summary>What the query matches.</summary>
/// <param name="Document">Text and in-query filters; not yet restricted to document entries (the service adds that).</param>
/// <param name="Passage">Any positive unit (with expansions): ranks a hit's paragraphs. Null when the query has no text.</param>
public sealed record QueryMatch(Query Document, Query? Passage);

/// <summary>What a relaxed pass (<see cref="SearchPasses.Relaxed"/>) rebuilds the query from.</summary>
/// <param name="Units">The words of run-on terms (a typed question or sentence cut into words), one by one: what a
/// minimum-should-match fallback may leave out.</param>
/// <param name="FixedUnits">Terms typed on their own (space-separated, OR groups, quoted): always required, also in a fallback.</param>
/// <param name="Boosts">Ranking-only clauses (exact wording, proximity, year preference): kept in the fallback.</param>
/// <param name="Wording">Remembered wording (a sloppy phrase of a long query's words), an alternative match; or null.</param>
public sealed record RelaxableUnits(IReadOnlyList<Query> Units, IReadOnlyList<Query> FixedUnits, IReadOnlyList<Query> Boosts, Query? Wording);

/// <summary>What the zero-hit advisor takes apart to say which word or condition is in the way.</summary>
/// <param name="Parts">The required groups, each with the text it was typed as.</param>
/// <param name="OtherClauses">Clauses other than the parts (exclusions, filters): kept when a hint drops one part.</param>
public sealed record HintParts(IReadOnlyList<QueryPart> Parts, IReadOnlyList<BooleanClause> OtherClauses);

/// <summary>What the result page and the title matcher read from the query.</summary>
/// <param name="HighlightTerms">Words to mark in passages, longest first.</param>
/// <param name="Expanded">Synonym expansions searched as well (said on the page).</param>
/// <param name="Ignored">Question words cut out of the query (not searched).</param>
/// <param name="PreferredYear">A year typed as a term beside other words (纪律处分条例 2015): preferred, not required.</param>
/// <param name="TitleText">The positive text of the query without spaces or punctuation: what a title would read.</param>
public sealed record QueryDisplay(
    IReadOnlyList<string> HighlightTerms, IReadOnlyList<string> Expanded, IReadOnlyList<string> Ignored, int? PreferredYear, string TitleText);

/// <summary>The Lucene side of a parsed query, ready to run, in four parts each read by its own consumer.</summary>
public sealed record CompiledQuery(QueryMatch Match, RelaxableUnits Relaxable, HintParts Hints, QueryDisplay Display)
{
    public bool HasText => Hints.Parts.Count > 0;

    /// <summary>The same query with its short units matched loosely (<see cref="LooseWording"/>); null when none can be.</summary>
    public LooseQuery? Loose { get; init; }
}

/// <summary>A query whose short units are matched loosely, and those units (what the notice names).</summary>
public sealed record LooseQuery(CompiledQuery Query, IReadOnlyList<LoosenedUnit> Units);
