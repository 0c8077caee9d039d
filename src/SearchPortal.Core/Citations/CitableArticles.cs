using System.Text.RegularExpressions;
using SearchPortal.Core.Comparison;
using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Citations;

/// <summary>What a regulation offers to citations, read at index time: its articles (numbered as
/// <see cref="ArticleSplitter"/> numbers them) and the date it took effect (本条例自2018年10月1日起施行).</summary>
public static partial class CitableArticles
{
    /// <summary>Hover text is the article's opening: enough to recognise it.</summary>
    public const int MaxTextLength = 200;

    public static IReadOnlyList<CitedArticle> Read(IReadOnlyList<Paragraph> paragraphs)
    {
        var articles = ArticleSplitter.Split(paragraphs.Select(p => new DocumentParagraph(p.Ordinal, p.HeadingPath, p.HeadingLevel, p.Text)));
        var seen = new HashSet<int>();
        var result = new List<CitedArticle>();
        foreach (var a in articles)
        {
            // A number twice (an annex, a quoted amendment) makes the link a guess: the first one is the article.
            if (!seen.Add(a.Number)) continue;
            var text = a.Label + " " + a.Text.Replace("\n", " ");
            result.Add(new CitedArticle(a.Number, a.Ordinal, text.Length > MaxTextLength ? text[..MaxTextLength] + "…" : text));
        }
        return result;
    }

    /// <summary>The date a regulation's text says it takes effect, searching from its end; null when it says none.</summary>
    public static DateOnly? InForceFrom(IReadOnlyList<Paragraph> paragraphs)
    {
        for (var i = paragraphs.Count - 1; i >= Math.Max(0, paragraphs.Count - 12); i--)
        {
            var m = InForce().Match(paragraphs[i].Text);
            if (m.Success && DateOnly.TryParse($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}", out var d)) return d;
        }
        return null;
    }

    /// <summary>
    /// Since when the article numbers hold: the latest date in the history above the first article on a line that
    /// revises or amends the text itself (修订, 修正) rather than adding a 修正案, which inserts 第X条之一 and keeps the
    /// numbers. Null when there is no such history.
    /// </summary>
    public static DateOnly? NumberedSince(IReadOnlyList<Paragraph> paragraphs)
    {
        DateOnly? latest = null;
        foreach (var p in RevisionHistory.Head(paragraphs))
        {
            if (p.Text.Contains("修正案") || !(p.Text.Contains("修订") || p.Text.Contains("修正"))) continue;
            foreach (Match m in HistoryDate().Matches(p.Text))
                if (DateOnly.TryParse($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}", out var d) && (latest == null || d > latest))
                    latest = d;
        }
        return latest;
    }

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")]
    private static partial Regex HistoryDate();

    [GeneratedRegex(@"自\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日起(?:施行|实施|生效)")]
    private static partial Regex InForce();
}
