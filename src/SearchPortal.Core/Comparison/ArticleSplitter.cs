using System.Text.RegularExpressions;
using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Comparison;

/// <summary>One article of a regulation: its number, its text without "第X条", and the paragraphs it spans.</summary>
public sealed record Article(int Number, string Label, string Text, int Ordinal);

/// <summary>
/// Splits a regulation's paragraphs into articles: a paragraph opening with 第X条 starts one, the paragraphs after it
/// (clauses, items) belong to it, chapter headings (第X章/节/编) and the text before the first article belong to none.
/// </summary>
public static partial class ArticleSplitter
{
    public static IReadOnlyList<Article> Split(IEnumerable<DocumentParagraph> paragraphs)
    {
        var articles = new List<Article>();
        (int Number, string Label, List<string> Parts, int Ordinal)? current = null;
        void Close()
        {
            if (current is { } c) articles.Add(new Article(c.Number, c.Label, string.Join("\n", c.Parts).Trim(), c.Ordinal));
        }
        foreach (var p in paragraphs)
        {
            var text = p.Text.Trim().Trim('\u3000');
            var m = ArticleStart().Match(text);
            if (m.Success && ChineseNumber.Parse(m.Groups[1].Value) is { } number)
            {
                Close();
                current = (number, m.Value.Trim(), [text[m.Length..].Trim().Trim('\u3000')], p.Ordinal);
            }
            else if (current is { } c && p.HeadingLevel == 0 && !Chapter().IsMatch(text) && text.Length > 0)
                c.Parts.Add(text);
            else if (Chapter().IsMatch(text) || p.HeadingLevel > 0)
            {
                Close();
                current = null;
            }
        }
        Close();
        return articles;
    }

    [GeneratedRegex(@"^第([零〇一二三四五六七八九十百千\d]+)条[\s\u3000]*")]
    private static partial Regex ArticleStart();

    [GeneratedRegex(@"^第[零〇一二三四五六七八九十百千\d]+[章节编]")]
    private static partial Regex Chapter();
}
