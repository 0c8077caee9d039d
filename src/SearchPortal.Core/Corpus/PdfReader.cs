using SearchPortal.Core.Corpus.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace SearchPortal.Core.Corpus;

/// <summary>
/// Text PDFs via PdfPig: each page's lines in reading order (<see cref="PdfPageLayout"/>), running headers, footers
/// and page numbers dropped (<see cref="PageDecorations"/>), lines joined back into paragraphs
/// (<see cref="PdfParagraphs"/>). A PDF with no text on any page is a scan: reported, not indexed (OCR it first).
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    public const string NoTextLayer = "扫描件，无文字层 (scanned PDF without a text layer: run OCR on it, or index the Word original)";

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public RawDocument Read(CorpusFile file, byte[] bytes)
    {
        if (bytes.Length == 0) throw new DocumentReadException("文件为空 (empty file)");
        IReadOnlyList<IReadOnlyList<PageLine>> pages;
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            pages = pdf.GetPages().Select(PdfPageLayout.Lines).ToList();
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentReadException("PDF 已加密 (encrypted PDF: save an unprotected copy to index it)", ex);
        }
        catch (PdfDocumentFormatException ex)
        {
            throw new DocumentReadException($"损坏的 PDF 文件 (corrupt PDF: {ex.Message})", ex);
        }
        if (pages.All(p => p.Count == 0)) throw new DocumentReadException(NoTextLayer);
        var paragraphs = PdfParagraphs.Join(PageDecorations.Remove(pages));
        return new RawDocument
        {
            Id = file.Id,
            Format = "pdf",
            OriginalText = string.Join("\n", paragraphs),
            Blocks = paragraphs.Select(p => new TextBlock(BlockKind.Paragraph, p)).ToList(),
            EncodingName = "pdf",
        };
    }
}
