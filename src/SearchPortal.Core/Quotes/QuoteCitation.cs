namespace SearchPortal.Core.Quotes;

/// <summary>
/// Formats a quotation the way speech writers cite it: attribution, the quotation in “”, one source in （《》）,
/// e.g. 习近平总书记指出：“…”（《副县长在集体政治谈话会上的讲话稿》）.
/// </summary>
public static class QuoteCitation
{
    private static readonly string[] RegulationWords = ["条例", "规定", "准则", "办法", "章程", "党章", "宪法", "法》", "细则", "规则", "意见", "解释", "纪要", "通知", "决定", "批复"];

    public static string Format(string text, string who, QuoteKind kind, string? sourceTitle)
    {
        var source = string.IsNullOrWhiteSpace(sourceTitle?.TrimStart('#').Trim()) ? "" : "（" + Book(sourceTitle.Trim()) + "）";
        return Attributed(text, who, kind) + source;
    }

    /// <summary>The attribution and the quotation without its source, e.g. 习近平总书记指出：“…” (a collection item's text).</summary>
    public static string Attributed(string text, string who, QuoteKind kind)
    {
        var quoted = "“" + ToInnerQuotes(text.Trim()) + "”";
        var lead = (kind, who) switch
        {
            (QuoteKind.Classical, "" or "古人" or "古语") => "古人云：",
            (QuoteKind.Classical, _) => who + "云：",
            (QuoteKind.Document, "") => "有关规定指出：",
            (QuoteKind.Document, _) => who + (RegulationWords.Any(who.Contains) ? "规定：" : "指出："),
            (QuoteKind.Leader, _) when who.Length > 0 => who + "指出：",
            (QuoteKind.Other, "俗话") => "俗话说：",
            (_, "") => "",
            _ => who + "说：",
        };
        return lead + quoted;
    }

    public static string Format(QuoteEntry entry) =>
        Format(entry.Text, entry.Who, entry.Kind, entry.Sources.Count > 0 ? entry.Sources[0].Title : null);

    /// <summary>The source title in book marks: Markdown heading marks dropped, inner 《》 become 〈〉.</summary>
    private static string Book(string title)
    {
        var t = title.TrimStart('#', ' ', '\u3000').Trim();
        if (t.StartsWith('《') && t.EndsWith('》') && t.IndexOf('《', 1) < 0) return t;
        return "《" + t.Replace('《', '〈').Replace('》', '〉') + "》";
    }

    /// <summary>Quotes inside the quotation become single quotes: “…‘…’…”.</summary>
    private static string ToInnerQuotes(string text) =>
        text.Replace('“', '‘').Replace('”', '’').Replace('「', '‘').Replace('」', '’').Replace('『', '‘').Replace('』', '’');
}
