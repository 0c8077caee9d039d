using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace SearchPortal.Web.Services;

/// <summary>
/// Marks query terms in document text for the document page. The text is HTML-encoded piece by piece and only
/// &lt;mark&gt; is added, so document content can never inject markup.
/// </summary>
public sealed class DocumentHighlighter
{
    private const int MaxTerms = 30;

    public IHtmlContent Highlight(string text, IReadOnlyList<string> terms)
    {
        var ranges = FindRanges(text, terms);
        if (ranges.Count == 0) return new HtmlString(WebUtility.HtmlEncode(text));
        var sb = new StringBuilder(text.Length + ranges.Count * 13);
        var pos = 0;
        foreach (var (start, end) in ranges)
        {
            sb.Append(WebUtility.HtmlEncode(text[pos..start]));
            sb.Append("<mark>").Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            pos = end;
        }
        sb.Append(WebUtility.HtmlEncode(text[pos..]));
        return new HtmlString(sb.ToString());
    }

    public bool Matches(string text, IReadOnlyList<string> terms) => FindRanges(text, terms).Count > 0;

    /// <summary>Non-overlapping [start, end) ranges of every term occurrence, adjacent ones merged.</summary>
    internal static List<(int Start, int End)> FindRanges(string text, IReadOnlyList<string> terms)
    {
        var found = new List<(int Start, int End)>();
        foreach (var term in terms.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().Take(MaxTerms))
        {
            for (var i = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); i >= 0;
                 i = text.IndexOf(term, i + term.Length, StringComparison.OrdinalIgnoreCase))
                found.Add((i, i + term.Length));
        }
        found.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var r in found)
        {
            if (merged.Count > 0 && r.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, r.End));
            else merged.Add(r);
        }
        return merged;
    }

    /// <summary>
    /// Fallback when the search service gives no terms: the words of the query without operators, quotes and
    /// field prefixes (类型:讲话 is a filter, not a term to mark).
    /// </summary>
    public static IReadOnlyList<string> TermsFromQuery(string query)
    {
        var terms = new List<string>();
        foreach (var raw in query.Split([' ', '\u3000', '"', '“', '”', '(', ')', '（', '）'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw is "OR" or "AND" or "NOT" or "|" or "-") continue;
            if (raw.StartsWith('-')) continue;
            if (raw.Contains(':') || raw.Contains('：')) continue;
            var t = raw.Trim('*', '?', '+', '!');
            if (t.Length > 0) terms.Add(t);
        }
        return terms;
    }
}
