using SearchPortal.Core.Corpus;
using static SearchPortal.Core.Tests.Corpus.ReaderTestHelpers;

namespace SearchPortal.Core.Tests.Corpus;

/// <summary>
/// Text PDFs as offices make them (tests/fixtures/pdf, printed from Word files by LibreOffice with a running header and
/// page numbers): the text comes back paragraph for paragraph, in order, without the page furniture.
/// </summary>
public class PdfReaderTests
{
    private static RawDocument ReadPdf(string name) => ReadFile(Path.Combine(TestPaths.PdfFixtures, name));

    /// <summary>The paragraphs the fixture was typeset from (tools/pdf-fixtures/make.py drops the editor's * note).</summary>
    private static List<string> SourceParagraphs(string corpusPath) =>
        File.ReadLines(Path.Combine(TestPaths.RepoRoot, "corpus", corpusPath))
            .Select(l => l.Trim().Trim('\u3000').TrimStart('#').Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('*'))
            .ToList();

    [Fact]
    public void A_speech_over_three_pages_reads_back_paragraph_for_paragraph_without_header_or_page_numbers()
    {
        var doc = ReadPdf("党内团结的辩证方法.pdf");
        var paragraphs = doc.Blocks.Select(b => b.Text).ToList();

        Assert.Equal(SourceParagraphs("speeches/069 党内团结的辩证方法.txt"), paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("内部资料"));
        Assert.DoesNotContain(paragraphs, p => p.StartsWith('-'));
        Assert.Contains("一个好汉也要三个帮，一个篱笆也要三个桩。", doc.OriginalText);
        Assert.Equal("pdf", doc.Format);
    }

    [Fact]
    public void A_regulation_whose_running_header_is_its_title_keeps_the_title_once_and_every_article()
    {
        var doc = ReadPdf("中国共产党问责条例.pdf");
        var paragraphs = doc.Blocks.Select(b => b.Text).ToList();

        // The source has two stray ASCII spaces inside Chinese words (系列重要讲话 精神): in a PDF they are a sliver of
        // gap, indistinguishable from justified spacing, and come back as nothing.
        Assert.Equal(SourceParagraphs("regulations/中国共产党问责条例.md").Select(p => p.Replace(" ", "")), paragraphs);
        Assert.Single(paragraphs, p => p == "中国共产党问责条例");
        Assert.DoesNotContain(paragraphs, p => p.Contains('页'));
        Assert.StartsWith("第一条", paragraphs[1]);
    }

    [Fact]
    public void A_scan_without_a_text_layer_is_reported_as_such()
    {
        var ex = Assert.Throws<DocumentReadException>(() => ReadPdf("扫描件.pdf"));
        Assert.Equal(PdfReader.NoTextLayer, ex.Reason);
        Assert.StartsWith("扫描件，无文字层", ex.Reason);
    }

    [Theory]
    [InlineData("这不是 PDF")]
    [InlineData("%PDF-1.7\n1 0 obj <<")]
    public void A_corrupt_pdf_is_reported_with_a_reason(string content)
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read("坏的.pdf", content));
        Assert.False(string.IsNullOrWhiteSpace(ex.Reason));
    }

    [Theory]
    [InlineData("旧文件.doc", "Word 97-2003")]
    [InlineData("旧文件.wps", "WPS")]
    public void Doc_and_wps_files_are_reported_with_how_to_convert_them(string name, string format)
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read(name, new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }));
        Assert.Contains(format, ex.Reason);
        Assert.Contains("libreoffice --headless --convert-to docx", ex.Reason);
    }

    [Theory]
    [InlineData("- 3 -", true)]
    [InlineData("－ 12 －", true)]
    [InlineData("第 3 页", true)]
    [InlineData("第3页 共5页", true)]
    [InlineData("3/5", true)]
    [InlineData("7", true)]
    [InlineData("第三条 党组织", false)]
    [InlineData("2023年3月", false)]
    public void Lone_page_numbers_are_recognised(string line, bool isPageNumber) =>
        Assert.Equal(isPageNumber, Core.Corpus.Pdf.PageDecorations.IsPageNumber(line));
}
