using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Comparison;
using SearchPortal.Core.Documents;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// A query naming a regulation and one of its articles (纪律处分条例 第二十八条, 纪律处分条例第28条): the article number
/// is taken out of the text, so the rest ranks as a title query does (the edition in force first), and the article
/// becomes the passage of the hits that are regulations. The number is not searched as a word: 第二十八条 occurs in
/// hundreds of regulations and would rank them by an accident of numbering.
/// </summary>
public static partial class ArticleQuery
{
    /// <summary>The query without its article reference and the article's number, or null when it names none (or only one).</summary>
    public static (string Text, int Number)? Split(string? query)
    {
        query = QueryNormalizer.Normalize(query); // full-width digits (第２８条) become ASCII
        if (query.Length == 0) return null;
        var matches = Reference().Matches(query);
        if (matches.Count != 1 || ChineseNumber.Parse(matches[0].Groups[1].Value) is not (> 0 and var number)) return null;
        var rest = query.Remove(matches[0].Index, matches[0].Length).Trim();
        // The rest must still name something: 第二十八条 alone stays an ordinary search for those words.
        return rest.Any(QueryNormalizer.IsCjk) ? (rest, number) : null;
    }

    /// <summary>
    /// Ranking only: the edition in force of the best-matching title comes first, above commentaries whose titles
    /// also contain the name (新修订的《中国共产党纪律处分条例》施行后…) and score high on the long name's wording: the
    /// query asked for an article, and only the regulation has it. Null when no title matched.
    /// </summary>
    public static Query? PreferCurrentTitle(TitleMatcher matcher, string titleText)
    {
        var matches = matcher.Match(titleText);
        if (matches.Count == 0) return null;
        var best = matches.Max(m => m.Boost);
        var titles = new BooleanQuery();
        foreach (var (title, _) in matches.Where(m => m.Boost >= best))
            titles.Add(new TermQuery(new Term(IndexSchema.TitleExact, title)), Occur.SHOULD);
        return new ConstantScoreQuery(new BooleanQuery
        {
            { titles, Occur.MUST },
            { new TermQuery(new Term(IndexSchema.Status, Core.Documents.EditionStatus.Current)), Occur.MUST },
        }) { Boost = ArticleBoost };
    }

    /// <summary>Far above any text score, so the regulation leads whatever else its name matches.</summary>
    public const float ArticleBoost = 1000f;

    /// <summary>The number of the last article step of a heading path (… › 第二十八条 › （一）), or null.</summary>
    public static int? ArticleOf(string? headingPath) =>
        LastArticleStep(headingPath) is { } a ? ChineseNumber.Parse(a.Steps[a.Index].Trim()[1..^1]) : null;

    /// <summary>
    /// A heading path cut into its steps and the index of its last article step (第三十条), or null when the paragraph
    /// is in no article: the one reading of "which article is this paragraph in" for article hits and 同段 groups.
    /// </summary>
    public static (string[] Steps, int Index)? LastArticleStep(string? headingPath)
    {
        if (string.IsNullOrEmpty(headingPath)) return null;
        var steps = headingPath.Split(Core.Documents.StructureParser.PathSeparator);
        for (var i = steps.Length - 1; i >= 0; i--)
            if (Step().IsMatch(steps[i].Trim())) return (steps, i);
        return null;
    }

    // 第X条 but not 第X条例 or 条件 (words that start with 条).
    [GeneratedRegex(@"第\s*([零〇一二三四五六七八九十百千]+|[0-9]+)\s*条(?![例件])")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^第[〇零一二三四五六七八九十百千两0-9]+条$")]
    private static partial Regex Step();
}
