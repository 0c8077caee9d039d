namespace SearchPortal.Core.Citations;

/// <summary>Which edition a citation means beyond its date: 新修订的《条例》 the newest one issued, 原《条例》 the one before it.</summary>
public enum CitationTense { InForce, Newest, Previous }

/// <summary>
/// An article citation as written in a paragraph, before it is resolved to a document: 《党纪处分条例》第二十八条第一款
/// is regulation 中国共产党纪律处分条例 (aliases and the document's short names applied), article 28, text as written.
/// </summary>
/// <param name="Ordinal">The citing paragraph.</param>
/// <param name="Start">Offset of <paramref name="Text"/> in the paragraph.</param>
/// <param name="Text">The citation as written (with its 款/项; a second article of a list is its own 第X条).</param>
/// <param name="Regulation">The full title cited (without 《》), empty for 本条例 (the citing regulation itself).</param>
/// <param name="Year">An edition year written with the title (2015年版《条例》, 《…》（2018年修订）), else null.</param>
/// <param name="Context">The sentence around the citation, for an undated document only: what it says of the article
/// tells which edition's article it means (<see cref="CitationResolver"/>).</param>
public sealed record CitationMention(int Ordinal, int Start, string Text, string Regulation, int Article,
    int? Year = null, CitationTense Tense = CitationTense.InForce, string Context = "")
{
    public bool IsSelf => Regulation.Length == 0;

    /// <summary>For 本条例第X条: the article's text, known when the regulation itself is parsed (so resolving does not
    /// read the regulation again).</summary>
    public string SelfText { get; init; } = "";
}
