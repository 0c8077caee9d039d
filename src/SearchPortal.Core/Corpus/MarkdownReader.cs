using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SearchPortal.Core.Corpus;

/// <summary>
/// .md via Markdig: headings become heading blocks (empty ones such as <c>## </c> are skipped), every other block
/// becomes plain-text paragraphs (inline markup stripped, raw HTML reduced to its text, scripts dropped). The first H1
/// is the title (emitted as a paragraph, not a section). YAML front matter is read as simple <c>key: value</c> lines.
/// </summary>
/// <remarks>
/// Each source line of a paragraph becomes its own block, as in .txt: Chinese sources put one paragraph per line and
/// the structure parser needs 一、/（一）/第一条 lines on their own. Ordered-list numbers are put back in front of the
/// item text because they carry the document's numbering (1. 2. …). Indented text (a Markdown "code block") is text.
/// </remarks>
public sealed class MarkdownReader(TextDecoder decoder) : IDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    public RawDocument Read(CorpusFile file, byte[] bytes)
    {
        var (text, encoding) = decoder.Decode(bytes);
        var walker = new Walker();
        try
        {
            walker.Walk(Markdown.Parse(text, Pipeline));
        }
        catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            // Markdig refuses absurdly deep nesting (thousands of '>' or list levels). Keep every line as plain text
            // rather than losing the file.
            walker = new Walker();
            walker.AddPlainText(text);
        }
        return new RawDocument
        {
            Id = file.Id,
            Format = "md",
            OriginalText = text,
            Blocks = walker.Blocks,
            Title = walker.Title,
            FrontMatter = walker.FrontMatter,
            EncodingName = encoding,
        };
    }

    private sealed class Walker
    {
        public List<TextBlock> Blocks { get; } = [];
        public Dictionary<string, string> FrontMatter { get; } = new(StringComparer.OrdinalIgnoreCase);
        public string? Title { get; private set; }

        /// <summary>Depth-first over the block tree with an explicit stack: deeply nested quotes/lists cannot overflow.</summary>
        public void Walk(MarkdownDocument doc)
        {
            var stack = new Stack<(Block Block, string? Prefix)>();
            for (var i = doc.Count - 1; i >= 0; i--) stack.Push((doc[i], null));
            while (stack.Count > 0)
            {
                var (block, prefix) = stack.Pop();
                switch (block)
                {
                    case YamlFrontMatterBlock yaml:
                        ReadFrontMatter(yaml);
                        break;
                    case HeadingBlock heading:
                        AddHeading(heading);
                        break;
                    case ParagraphBlock para:
                        AddLines(InlineText.Of(para.Inline), prefix);
                        break;
                    case HtmlBlock html:
                        Blocks.AddRange(HtmlTextExtractor.FromFragment(LinesOf(html)));
                        break;
                    case LeafBlock leaf when leaf is CodeBlock:
                        AddLines(LinesOf(leaf), prefix);
                        break;
                    case Table table:
                        foreach (var row in table.OfType<TableRow>())
                            AddLines(string.Join(" ", row.OfType<TableCell>().SelectMany(c => c.OfType<ParagraphBlock>())
                                .Select(p => InlineText.Of(p.Inline).Trim())), null);
                        break;
                    case ListBlock list:
                        for (var i = list.Count - 1; i >= 0; i--)
                        {
                            var itemPrefix = list.IsOrdered && list[i] is ListItemBlock item
                                ? $"{item.Order}{list.OrderedDelimiter}"
                                : null;
                            stack.Push((list[i], itemPrefix));
                        }
                        break;
                    case ContainerBlock container:
                        // The list-item number belongs in front of the item's first child only.
                        for (var i = container.Count - 1; i >= 0; i--) stack.Push((container[i], i == 0 ? prefix : null));
                        break;
                }
            }
        }

        public void AddPlainText(string text) => TextLines.AddParagraphs(Blocks, text);

        private void AddHeading(HeadingBlock heading)
        {
            var text = Normalise(InlineText.Of(heading.Inline));
            if (text.Length == 0) return;
            if (heading.Level == 1 && Title == null)
            {
                Title = text;
                Blocks.Add(new TextBlock(BlockKind.Paragraph, text));
            }
            else Blocks.Add(new TextBlock(BlockKind.Heading, text, heading.Level));
        }

        private void AddLines(string text, string? prefix)
        {
            foreach (var line in text.AsSpan().EnumerateLines())
            {
                if (line.IsWhiteSpace()) continue;
                var value = line.Trim().ToString();
                if (prefix != null) { value = prefix + value; prefix = null; }
                Blocks.Add(new TextBlock(BlockKind.Paragraph, value));
            }
        }

        private void ReadFrontMatter(YamlFrontMatterBlock yaml)
        {
            string? listKey = null;
            foreach (var raw in LinesOf(yaml).AsSpan().EnumerateLines())
            {
                var line = raw.Trim();
                if (line.IsEmpty || line.StartsWith("#") || line.SequenceEqual("---") || line.SequenceEqual("...")) continue;
                if (line.StartsWith("- ") && listKey != null)
                {
                    // "topics:\n  - a\n  - b" → "a, b"
                    var item = Unquote(line[2..].Trim());
                    FrontMatter[listKey] = FrontMatter[listKey].Length == 0 ? item : FrontMatter[listKey] + ", " + item;
                    continue;
                }
                var colon = line.IndexOf(':');
                if (colon <= 0) continue;
                var key = line[..colon].Trim().ToString();
                var value = line[(colon + 1)..].Trim();
                if (value.Length >= 2 && value[0] == '[' && value[^1] == ']')
                    value = value[1..^1];
                var text = string.Join(", ", value.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(v => Unquote(v.AsSpan())));
                FrontMatter[key] = text;
                listKey = text.Length == 0 ? key : null;
            }
        }

        private static string Unquote(ReadOnlySpan<char> value) =>
            value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\'')
                ? value[1..^1].ToString()
                : value.ToString();

        private static string LinesOf(LeafBlock leaf)
        {
            var sb = new StringBuilder();
            foreach (var line in leaf.Lines.Lines.AsSpan(0, leaf.Lines.Count))
                sb.Append(line.Slice.AsSpan()).Append('\n');
            return sb.ToString();
        }

        private static string Normalise(string text) => string.Join(" ", text.Split(['\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Plain text of an inline tree; raw inline HTML tags are dropped and text inside &lt;script&gt;/&lt;style&gt; is skipped.</summary>
    private static class InlineText
    {
        public static string Of(ContainerInline? root)
        {
            if (root == null) return "";
            var sb = new StringBuilder();
            var skipping = 0;
            var stack = new Stack<Inline>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var inline = stack.Pop();
                switch (inline)
                {
                    case HtmlInline html:
                        var tag = html.Tag.AsSpan();
                        if (tag.StartsWith("<script", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("<style", StringComparison.OrdinalIgnoreCase)) skipping++;
                        else if ((tag.StartsWith("</script", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("</style", StringComparison.OrdinalIgnoreCase)) && skipping > 0) skipping--;
                        else if (tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase) && skipping == 0) sb.Append('\n');
                        break;
                    case LiteralInline literal when skipping == 0:
                        sb.Append(literal.Content.AsSpan());
                        break;
                    case CodeInline code when skipping == 0:
                        sb.Append(code.Content);
                        break;
                    case HtmlEntityInline entity when skipping == 0:
                        sb.Append(entity.Transcoded.AsSpan());
                        break;
                    case AutolinkInline auto when skipping == 0:
                        sb.Append(auto.Url);
                        break;
                    case LineBreakInline when skipping == 0:
                        sb.Append('\n');
                        break;
                    case ContainerInline container:
                        var children = new List<Inline>();
                        for (var child = container.FirstChild; child != null; child = child.NextSibling) children.Add(child);
                        for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
                        break;
                }
            }
            return sb.ToString();
        }
    }
}
