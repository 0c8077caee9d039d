using Microsoft.AspNetCore.Html;

namespace SearchPortal.Web.Services;

/// <summary>
/// Renders a stretch of paragraph text with its article citations as links to the cited article
/// (/documents/{target}#p-N); the link's title is the article's opening text, shown on hover and read by screen
/// readers, with no request. Text is HTML-encoded piece by piece; query terms are marked as everywhere else.
/// </summary>
public static class CitationLinks
{
    public static IHtmlContent Render(string text, int from, int to, IReadOnlyList<ParagraphCitation>? citations, IReadOnlyList<string> terms)
    {
        if (citations is not { Count: > 0 }) return QuoteMarker.Plain(text[from..to], terms);
        var html = new HtmlContentBuilder();
        var pos = from;
        foreach (var c in citations)
        {
            var end = c.Start + c.Text.Length;
            // Only a citation wholly in this stretch, where the text still reads as stored (never a link on other words).
            if (c.Start < pos || end > to || string.CompareOrdinal(text, c.Start, c.Text, 0, c.Text.Length) != 0) continue;
            html.AppendHtml(QuoteMarker.Plain(text[pos..c.Start], terms));
            html.AppendHtml("<a class=\"cite-ref\" href=\"").Append(DocumentLinks.Page(c.TargetId, ordinal: c.TargetParagraph))
                .AppendHtml("\" title=\"").Append($"{c.TargetTitle}\n{c.ArticleText}")
                .AppendHtml("\" data-article=\"").Append(c.Article.ToString()).AppendHtml("\">")
                .AppendHtml(QuoteMarker.Plain(c.Text, terms)).AppendHtml("</a>");
            pos = end;
        }
        html.AppendHtml(QuoteMarker.Plain(text[pos..to], terms));
        return html;
    }
}
