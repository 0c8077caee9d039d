using Microsoft.AspNetCore.Html;
using SearchPortal.Core.Highlighting;
using SearchPortal.Web.Models;

namespace SearchPortal.Web.Services;

/// <summary>
/// Renders a document's paragraph text for its page: each quotation's wording becomes a link to its quotation entry
/// (other documents that use it), and query terms are marked by <see cref="PassageHighlighter"/>, the same marking as
/// the search passages. Text is HTML-encoded piece by piece, so document content can never inject markup.
/// </summary>
public sealed class QuoteMarker(IQuoteSearch quotes)
{
    /// <summary>The document's quotations by paragraph ordinal.</summary>
    public ILookup<int, QuoteOccurrence> For(string documentId, AccessScope scope) => quotes.InDocument(documentId, scope).ToLookup(o => o.Ordinal);

    /// <param name="citations">The paragraph's article citations: linked where they are outside a quotation.</param>
    public IHtmlContent Render(string text, IEnumerable<QuoteOccurrence> inParagraph, IReadOnlyList<string> terms,
        IReadOnlyList<ParagraphCitation>? citations = null)
    {
        var ranges = Ranges(text, inParagraph);
        if (ranges.Count == 0) return CitationLinks.Render(text, 0, text.Length, citations, terms);
        var html = new HtmlContentBuilder();
        var pos = 0;
        foreach (var (start, end, o) in ranges)
        {
            if (start < pos) continue; // its opening mark was taken as the previous one's closing mark
            html.AppendHtml(CitationLinks.Render(text, pos, start, citations, terms));
            var title = (o.Who.Length > 0 ? o.Who + " · " : "") + QuoteLabels.Kind(o.Kind)
                        + (o.Count > 1 ? $" · 另有 {o.Count - 1} 篇文档引用" : " · 查看引文");
            html.AppendHtml("<a class=\"quote-ref\" href=\"").Append(QuoteLabels.EntryUrl(o.Key)).AppendHtml("\" title=\"").Append(title)
                .AppendHtml("\" data-key=\"").Append(o.Key).AppendHtml("\" data-count=\"").Append(o.Count.ToString()).AppendHtml("\"><q>")
                .AppendHtml(Plain(text[start..end], terms)).AppendHtml("</q></a>");
            pos = end;
            // The usage count goes after the closing quotation mark, not inside the quotation.
            if (pos < text.Length && text[pos] is '”' or '」' or '』' or '"') html.Append(text[pos++].ToString());
            if (o.Count > 1)
                html.AppendHtml("<sup class=\"quote-ref__count\" aria-label=\"").Append($"{o.Count} 篇文档引用").AppendHtml("\">")
                    .Append(o.Count.ToString()).AppendHtml("</sup>");
        }
        html.AppendHtml(CitationLinks.Render(text, pos, text.Length, citations, terms));
        return html;
    }

    /// <summary>Encoded text with the query terms in &lt;mark&gt;: the only raw HTML the pages build themselves.</summary>
    public static IHtmlContent Plain(string text, IReadOnlyList<string> terms) => new HtmlString(PassageHighlighter.MarkAll(text, terms));

    /// <summary>
    /// Where each quotation's wording sits in its paragraph (the text keeps its own “”, so quotes.css turns off the
    /// marks &lt;q&gt; would add). Overlapping finds keep the first.
    /// </summary>
    private static List<(int Start, int End, QuoteOccurrence O)> Ranges(string text, IEnumerable<QuoteOccurrence> inParagraph)
    {
        var found = new List<(int Start, int End, QuoteOccurrence O)>();
        foreach (var o in inParagraph)
        {
            if (string.IsNullOrEmpty(o.Text)) continue;
            var i = text.IndexOf(o.Text, StringComparison.Ordinal);
            if (i >= 0) found.Add((i, i + o.Text.Length, o));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var result = new List<(int, int, QuoteOccurrence)>();
        var last = 0;
        foreach (var r in found)
        {
            if (r.Start < last) continue;
            result.Add(r);
            last = r.End;
        }
        return result;
    }
}
