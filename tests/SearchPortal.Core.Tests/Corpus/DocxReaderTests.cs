using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SearchPortal.Core.Corpus;
using static SearchPortal.Core.Tests.Corpus.ReaderTestHelpers;

namespace SearchPortal.Core.Tests.Corpus;

public class DocxReaderTests
{
    /// <summary>Builds a .docx in memory; styles are given by id, with names as Word writes them.</summary>
    internal static byte[] BuildDocx(IEnumerable<(string? StyleId, string Text)> paragraphs, IEnumerable<(string Id, string Name)> styles)
    {
        using var ms = new MemoryStream();
        using (var word = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var stylePart = main.AddNewPart<StyleDefinitionsPart>();
            stylePart.Styles = new Styles(styles.Select(s =>
                new Style(new StyleName { Val = s.Name }) { Type = StyleValues.Paragraph, StyleId = s.Id }));
            var body = new Body();
            foreach (var (styleId, text) in paragraphs)
            {
                var p = new Paragraph();
                if (styleId != null) p.ParagraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = styleId });
                var parts = text.Split('\n');
                var run = new Run();
                for (var i = 0; i < parts.Length; i++)
                {
                    if (i > 0) run.Append(new Break());
                    run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
                }
                p.Append(run);
                body.Append(p);
            }
            main.Document = new Document(body);
        }
        return ms.ToArray();
    }

    [Fact]
    public void Title_and_heading_styles_become_title_and_heading_blocks()
    {
        var bytes = BuildDocx(
        [
            ("Title", "在全县党风廉政建设工作会议上的讲话"),
            (null, "（2021年3月5日）"),
            ("Heading1", "一、提高政治站位"),
            (null, "同志们：今天召开会议。"),
            ("Heading2", "（一）压实主体责任"),
            (null, "第一行\n第二行"),
            ("1", "二、中文 Word 的标题样式"),
            ("a5", "普通正文样式"),
            (null, "   "),
        ],
        [("Title", "Title"), ("Heading1", "heading 1"), ("Heading2", "heading 2"), ("1", "heading 1"), ("a5", "Normal Indent")]);

        var doc = Read("speech.docx", bytes);
        Assert.Equal("docx", doc.Format);
        Assert.Equal("在全县党风廉政建设工作会议上的讲话", doc.Title);
        Assert.Equal(
        [
            (BlockKind.Paragraph, "在全县党风廉政建设工作会议上的讲话", 0),
            (BlockKind.Paragraph, "（2021年3月5日）", 0),
            (BlockKind.Heading, "一、提高政治站位", 1),
            (BlockKind.Paragraph, "同志们：今天召开会议。", 0),
            (BlockKind.Heading, "（一）压实主体责任", 2),
            (BlockKind.Paragraph, "第一行", 0),
            (BlockKind.Paragraph, "第二行", 0),
            (BlockKind.Heading, "二、中文 Word 的标题样式", 1),
            (BlockKind.Paragraph, "普通正文样式", 0),
        ], doc.Blocks.Select(b => (b.Kind, b.Text, b.Level)));
        Assert.Contains("同志们：今天召开会议。", doc.OriginalText);
    }

    [Fact]
    public void Chinese_style_names_are_recognised()
    {
        var bytes = BuildDocx([("a1", "标题文字"), ("a2", "一、第一部分"), (null, "正文")], [("a1", "标题"), ("a2", "标题 1")]);
        var doc = Read("cn.docx", bytes);
        Assert.Equal("标题文字", doc.Title);
        Assert.Equal((BlockKind.Heading, 1), (doc.Blocks[1].Kind, doc.Blocks[1].Level));
    }

    [Fact]
    public void Table_cells_and_text_boxes_are_read_once_in_order()
    {
        using var ms = new MemoryStream();
        using (var word = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var textBox = new Paragraph(new Run(
                new Text("正文前一句。"),
                new Picture(new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(
                    new TextBoxContent(new Paragraph(new Run(new Text("文本框里的话。"))))))),
                new Text("正文后一句。")));
            var table = new Table(new TableRow(
                new TableCell(new Paragraph(new Run(new Text("单元格一")))),
                new TableCell(new Paragraph(new Run(new Text("单元格二"))))));
            main.Document = new Document(new Body(textBox, table, new Paragraph(new Run(new Text("结尾。")))));
        }
        var doc = Read("boxes.docx", ms.ToArray());
        Assert.Equal(["正文前一句。正文后一句。", "文本框里的话。", "单元格一", "单元格二", "结尾。"], doc.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3, 4, 5 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0 })]
    public void Corrupt_docx_is_reported(byte[] bytes)
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read("broken.docx", bytes));
        Assert.StartsWith("损坏的 Word 文件 (corrupt .docx)", ex.Reason);
    }

    [Fact]
    public void Truncated_docx_is_reported()
    {
        var good = BuildDocx([(null, "正文")], []);
        var ex = Assert.Throws<DocumentReadException>(() => Read("cut.docx", good[..(good.Length / 2)]));
        Assert.StartsWith("损坏的 Word 文件 (corrupt .docx)", ex.Reason);
    }

    [Fact]
    public void Zip_without_word_document_is_reported()
    {
        using var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            using var w = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            w.Write("not a word file");
        }
        var ex = Assert.Throws<DocumentReadException>(() => Read("zip.docx", ms.ToArray()));
        Assert.StartsWith("损坏的 Word 文件 (corrupt .docx)", ex.Reason);
    }
}
