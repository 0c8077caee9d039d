using System.Text.RegularExpressions;

namespace SearchPortal.LuceneEngine.Search;

/// <summary>
/// 同句:(A B) / 同段:(A B) and within:sentence / within:paragraph in a query text (already NFKC-folded, so （：）
/// arrive as (:)). The wrapper is removed and its words stay ordinary required terms; the scope applies to every
/// required term of the query, as the form's choice and the API's <c>within=</c> do.
/// </summary>
public static partial class WithinSyntax
{
    // The closing parenthesis may be missing (typed queries get cut): the group then runs to the end.
    [GeneratedRegex(@"(同一?句|同一?段|within:(?:sentence|paragraph))\s*:?\s*\(([^()]*)(?:\)|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Wrapped();

    [GeneratedRegex(@"(?<=^|\s)within:(sentence|paragraph)(?=\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Bare();

    /// <summary>The scope asked in <paramref name="text"/> (the stricter one when both are), and the text without it.</summary>
    public static WithinScope Extract(string text, out string rest)
    {
        var scope = WithinScope.Document;
        rest = Wrapped().Replace(text, m =>
        {
            scope = Stricter(scope, Of(m.Groups[1].Value));
            return " " + m.Groups[2].Value + " ";
        });
        rest = Bare().Replace(rest, m =>
        {
            scope = Stricter(scope, Of(m.Groups[1].Value));
            return " ";
        });
        return scope;
    }

    /// <summary>Sentence is stricter than paragraph, paragraph than the whole document.</summary>
    public static WithinScope Stricter(WithinScope a, WithinScope b) =>
        a == WithinScope.Sentence || b == WithinScope.Sentence ? WithinScope.Sentence
        : a == WithinScope.Paragraph || b == WithinScope.Paragraph ? WithinScope.Paragraph
        : WithinScope.Document;

    private static WithinScope Of(string word) =>
        word.Contains('句') || word.EndsWith("sentence", StringComparison.OrdinalIgnoreCase) ? WithinScope.Sentence : WithinScope.Paragraph;
}
