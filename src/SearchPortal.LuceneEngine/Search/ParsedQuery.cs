namespace SearchPortal.LuceneEngine.Search;

/// <summary>Where a query term must be found.</summary>
public enum TermScope { All, Title }

/// <summary>One word or quoted phrase as the user typed it (normalized). <see cref="Quoted"/> = exact wording.</summary>
public sealed record QueryTerm(string Text, bool Quoted = false, TermScope Scope = TermScope.All);

/// <summary>A metadata filter written in the query (类型:讲话, year:2019..2022). Year ranges are inclusive.</summary>
public sealed record FieldFilter(string Field, IReadOnlyList<string> Values, IReadOnlyList<YearRange> YearRanges, bool Negated = false);

public readonly record struct YearRange(int From, int To)
{
    public override string ToString() => From == To ? From.ToString() : $"{From}..{To}";
}

/// <summary>
/// The query text parsed into our query language: groups that must all match (the terms inside a group are
/// alternatives joined by OR), excluded terms, metadata filters, and what had to be repaired (notices).
/// </summary>
public sealed class ParsedQuery
{
    public required IReadOnlyList<IReadOnlyList<QueryTerm>> Required { get; init; }
    public IReadOnlyList<QueryTerm> Excluded { get; init; } = [];
    public IReadOnlyList<FieldFilter> Filters { get; init; } = [];
    public IReadOnlyList<string> Notices { get; init; } = [];
    /// <summary>同句:(…) / 同段:(…) or within:sentence|paragraph in the text: where every required term must meet.</summary>
    public WithinScope Within { get; init; } = WithinScope.Document;
    /// <summary>The text after normalization and truncation.</summary>
    public string Text { get; init; } = "";
}
