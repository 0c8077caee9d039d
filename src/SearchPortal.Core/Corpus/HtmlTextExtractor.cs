using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SearchPortal.Core.Corpus;

/// <summary>
/// Turns an HTML subtree into <see cref="TextBlock"/>s: block elements become paragraphs, h1–h6 become headings,
/// scripts, styles and page furniture (nav, header, footer, aside, forms) are dropped. Shared by the HTML reader and
/// by the Markdown reader for raw HTML blocks. Walks the DOM with an explicit stack so deep nesting cannot overflow.
/// </summary>
internal sealed class HtmlTextExtractor
{
    /// <summary>Elements whose content is never document text.</summary>
    public static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg",
        "button", "select", "textarea", "object", "embed", "canvas", "head", "title", "meta", "link", "input", "map",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table",
        "thead", "tbody", "tfoot", "tr", "hr", "center", "address", "figure", "figcaption", "caption", "body", "html",
        "h1", "h2", "h3", "h4", "h5", "h6",
    };

    private readonly List<TextBlock> _blocks = [];
    private readonly StringBuilder _line = new();
    private int _preDepth;

    public IReadOnlyList<TextBlock> Blocks => _blocks;

    /// <summary>Text of the first &lt;h1&gt; met when <see cref="PromoteFirstH1"/> is set; that heading is then emitted as a paragraph.</summary>
    public string? Title { get; private set; }

    /// <summary>
    /// When set, the first &lt;h1&gt; is the document title: it becomes <see cref="Title"/> and a paragraph block (the title is
    /// not a section, so later headings must not sit under it in heading paths).
    /// </summary>
    public bool PromoteFirstH1 { get; init; }

    /// <summary>Parses an HTML fragment (e.g. a Markdown raw-HTML block) and returns its text blocks.</summary>
    public static IReadOnlyList<TextBlock> FromFragment(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var extractor = new HtmlTextExtractor();
        if (doc.Body != null) extractor.Add(doc.Body);
        return extractor.Blocks;
    }

    public void Add(INode root)
    {
        // (node, closing): a closing entry flushes the line after a block element's children were visited.
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IElement closed && closing)
            {
                if (closed.LocalName == "pre") _preDepth--;
                if (BlockTags.Contains(closed.LocalName)) Flush();
                else if (closed.LocalName is "td" or "th") _line.Append(' ');
                continue;
            }
            switch (node)
            {
                case IText text:
                    AppendText(text.Data);
                    break;
                case IElement el:
                    var tag = el.LocalName;
                    if (SkippedTags.Contains(tag)) break;
                    if (tag == "br") { Flush(); break; }
                    if (tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6')
                    {
                        AddHeading(el, tag[1] - '0');
                        break;
                    }
                    if (tag == "pre") _preDepth++;
                    if (BlockTags.Contains(tag)) Flush();
                    stack.Push((el, true));
                    for (var i = el.ChildNodes.Length - 1; i >= 0; i--) stack.Push((el.ChildNodes[i], false));
                    break;
            }
        }
        Flush();
    }

    private void AddHeading(IElement heading, int level)
    {
        Flush();
        var inner = new HtmlTextExtractor();
        foreach (var child in heading.ChildNodes) inner.Add(child);
        var text = string.Join(" ", inner.Blocks.Select(b => b.Text));
        if (text.Length == 0) return;
        if (PromoteFirstH1 && level == 1 && Title == null)
        {
            Title = text;
            _blocks.Add(new TextBlock(BlockKind.Paragraph, text));
        }
        else _blocks.Add(new TextBlock(BlockKind.Heading, text, level));
    }

    private void AppendText(string data)
    {
        if (_preDepth > 0)
        {
            var first = true;
            foreach (var part in data.AsSpan().EnumerateLines())
            {
                if (!first) Flush();
                _line.Append(part);
                first = false;
            }
            return;
        }
        // HTML collapses source whitespace (line breaks included) to single spaces; NBSP stays for the cleaner.
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (_line.Length > 0 && _line[^1] != ' ') _line.Append(' ');
            }
            else _line.Append(c);
        }
    }

    private void Flush()
    {
        var text = _line.ToString().Trim();
        _line.Clear();
        if (text.Length > 0) _blocks.Add(new TextBlock(BlockKind.Paragraph, text));
    }
}
