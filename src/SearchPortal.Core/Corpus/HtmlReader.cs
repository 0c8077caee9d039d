using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SearchPortal.Core.Corpus;

/// <summary>
/// .html/.htm (scraped pages): keeps the main text only. Scripts, styles and page furniture are removed, then the
/// content root is the largest &lt;article&gt;, else &lt;main&gt;, else the element holding the most paragraph text —
/// unless that element holds too little of the page's text, in which case the whole body is kept (losing real text
/// is worse than keeping a menu line).
/// </summary>
public sealed class HtmlReader(TextDecoder decoder) : IDocumentReader
{
    /// <summary>A chosen content element must hold at least this share of the body's remaining text.</summary>
    private const double MinContentShare = 0.6;

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public RawDocument Read(CorpusFile file, byte[] bytes)
    {
        var (html, encoding) = decoder.Decode(bytes);
        var doc = new HtmlParser().ParseDocument(html);
        var pageTitle = doc.QuerySelector("title")?.TextContent.Trim();
        var body = doc.Body ?? throw new DocumentReadException("HTML 页面没有正文 (HTML page without a body)");

        foreach (var el in body.QuerySelectorAll("*").Where(e => HtmlTextExtractor.SkippedTags.Contains(e.LocalName)).ToList())
            el.Remove();
        foreach (var comment in body.Descendants<IComment>().ToList()) comment.RemoveFromParent();

        var root = ChooseContentRoot(body);
        var extractor = new HtmlTextExtractor { PromoteFirstH1 = true };
        extractor.Add(root);
        var blocks = extractor.Blocks.ToList();
        var title = extractor.Title;
        if (title == null && root != body && body.QuerySelector("h1") is { } h1 && !root.Contains(h1))
        {
            // Pages often put the article's <h1> just above the text container: keep it as the title line.
            title = string.Join(" ", h1.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (title.Length > 0) blocks.Insert(0, new TextBlock(BlockKind.Paragraph, title));
            else title = null;
        }
        title ??= string.IsNullOrWhiteSpace(pageTitle) ? null : pageTitle;
        return new RawDocument
        {
            Id = file.Id,
            Format = "html",
            OriginalText = string.Join("\n", blocks.Select(b => b.Text)),
            Blocks = blocks,
            Title = title,
            EncodingName = encoding,
        };
    }

    private static IElement ChooseContentRoot(IElement body)
    {
        var lengths = TextLengths(body);
        int Length(IElement e) => lengths.GetValueOrDefault(e);
        IElement? candidate = body.QuerySelectorAll("article").MaxBy(Length)
                              ?? body.QuerySelector("main")
                              ?? body.QuerySelector("[role=main]")
                              ?? MostParagraphText(body, lengths);
        return candidate != null && Length(candidate) >= Length(body) * MinContentShare ? candidate : body;
    }

    /// <summary>The element whose direct children (text and &lt;p&gt;-like elements) carry the most text.</summary>
    private static IElement? MostParagraphText(IElement body, Dictionary<INode, int> lengths)
    {
        IElement? best = null;
        var bestScore = 0;
        foreach (var el in body.QuerySelectorAll("div, section, td, center").Prepend(body))
        {
            var score = 0;
            foreach (var child in el.ChildNodes)
            {
                if (child is IText || child is IElement { LocalName: "p" or "span" or "font" or "strong" or "b" or "pre" or "blockquote" })
                    score += lengths.GetValueOrDefault(child);
            }
            if (score > bestScore) (best, bestScore) = (el, score);
        }
        return best;
    }

    /// <summary>
    /// Non-whitespace text length of every node's subtree, computed in one post-order pass (iterative): asking each
    /// element for its TextContent would be quadratic on deeply nested pages.
    /// </summary>
    private static Dictionary<INode, int> TextLengths(INode root)
    {
        var lengths = new Dictionary<INode, int>();
        var stack = new Stack<(INode Node, bool Done)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, done) = stack.Pop();
            if (node is IText text)
            {
                var n = 0;
                foreach (var c in text.Data) if (!char.IsWhiteSpace(c)) n++;
                lengths[node] = n;
                continue;
            }
            if (!done)
            {
                stack.Push((node, true));
                foreach (var child in node.ChildNodes) stack.Push((child, false));
                continue;
            }
            var sum = 0;
            foreach (var child in node.ChildNodes) sum += lengths.GetValueOrDefault(child);
            lengths[node] = sum;
        }
        return lengths;
    }
}
