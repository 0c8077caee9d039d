using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SearchPortal.Core.Corpus;

/// <summary>
/// .docx via DocumentFormat.OpenXml: body paragraphs in order (table cells included). The "Title" style gives the
/// title (emitted as a paragraph); Heading 1–9 / 标题 1–9 styles, or an explicit outline level, give heading blocks.
/// </summary>
public sealed partial class DocxReader : IDocumentReader
{
    private const string Corrupt = "损坏的 Word 文件 (corrupt .docx)";

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public RawDocument Read(CorpusFile file, byte[] bytes)
    {
        if (bytes.Length == 0) throw new DocumentReadException("文件为空 (empty file)");
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var word = WordprocessingDocument.Open(stream, false);
            var body = word.MainDocumentPart?.Document?.Body
                       ?? throw new DocumentReadException($"{Corrupt}: 缺少正文 (no document body)");
            var styles = StyleNames(word.MainDocumentPart);
            var blocks = new List<TextBlock>();
            string? title = null;
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                // Word stores a text box twice (DrawingML choice + VML fallback): read the choice only.
                if (paragraph.Ancestors<AlternateContentFallback>().Any()) continue;
                var text = TextOf(paragraph);
                if (text.Trim().Length == 0) continue;
                var (isTitle, level) = Classify(paragraph, styles);
                if (isTitle && title == null)
                {
                    title = OneLine(text);
                    blocks.Add(new TextBlock(BlockKind.Paragraph, title));
                }
                else if (level > 0)
                    blocks.Add(new TextBlock(BlockKind.Heading, OneLine(text), level));
                else
                    TextLines.AddParagraphs(blocks, text);
            }
            return new RawDocument
            {
                Id = file.Id,
                Format = "docx",
                OriginalText = string.Join("\n", blocks.Select(b => b.Text)),
                Blocks = blocks,
                Title = title,
                EncodingName = "docx",
            };
        }
        catch (DocumentReadException) { throw; }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException
                                       or InvalidOperationException or System.Xml.XmlException or ArgumentException
                                       or NotSupportedException or IOException)
        {
            throw new DocumentReadException($"{Corrupt}: {ex.Message}", ex);
        }
    }

    /// <summary>styleId → lower-case style name, e.g. "1" → "heading 1" in documents saved by a Chinese Word.</summary>
    private static Dictionary<string, string> StyleNames(MainDocumentPart part)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var styles = part.StyleDefinitionsPart?.Styles;
        if (styles == null) return names;
        foreach (var style in styles.Elements<Style>())
            if (style.StyleId?.Value is { } id)
                names[id] = (style.StyleName?.Val?.Value ?? id).ToLowerInvariant();
        return names;
    }

    private static (bool IsTitle, int Level) Classify(Paragraph paragraph, Dictionary<string, string> styles)
    {
        var props = paragraph.ParagraphProperties;
        var styleId = props?.ParagraphStyleId?.Val?.Value;
        if (styleId != null)
        {
            var name = styles.GetValueOrDefault(styleId, styleId.ToLowerInvariant());
            if (name is "title" or "标题" || styleId.Equals("Title", StringComparison.OrdinalIgnoreCase)) return (true, 0);
            var level = HeadingLevel(name);
            if (level == 0) level = HeadingLevel(styleId);
            if (level > 0) return (false, level);
        }
        // Documents that mark headings by outline level instead of a heading style.
        if (props?.OutlineLevel?.Val?.Value is int outline and >= 0 and <= 8) return (false, outline + 1);
        return (false, 0);
    }

    private static int HeadingLevel(string styleName)
    {
        var m = HeadingStyle().Match(styleName);
        return m.Success ? m.Groups[1].Value[0] - '0' : 0;
    }

    [GeneratedRegex(@"^(?:heading|标题)\s?([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingStyle();

    /// <summary>Run text with tabs as spaces and line breaks kept (the block builder splits on them).</summary>
    private static string TextOf(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var el in paragraph.Descendants())
        {
            // A text box inside this paragraph holds paragraphs of its own, which are read on their own turn.
            if (el is Text or TabChar or PositionalTab or Break or CarriageReturn or NoBreakHyphen
                && el.Ancestors<Paragraph>().First() != paragraph) continue;
            switch (el)
            {
                case Text t: sb.Append(t.Text); break;
                case TabChar or PositionalTab: sb.Append(' '); break;
                case Break or CarriageReturn: sb.Append('\n'); break;
                case NoBreakHyphen: sb.Append('-'); break;
            }
        }
        return sb.ToString();
    }

    private static string OneLine(string text) =>
        string.Join(" ", text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
