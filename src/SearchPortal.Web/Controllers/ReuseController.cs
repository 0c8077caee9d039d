using Microsoft.AspNetCore.Mvc;
using SearchPortal.Core.Corpus;
using SearchPortal.Web.Infrastructure;
using SearchPortal.Web.Models;

namespace SearchPortal.Web.Controllers;

/// <summary>The reuse check page (查重/溯源): paste a draft or upload a .docx, see which sentences occur in the archive.</summary>
public sealed class ReuseController(IReuseCheck reuse, SearchLimits limits) : Controller
{
    [HttpGet("/reuse")]
    public IActionResult Index() => View(new ReusePageModel());

    [HttpPost("/reuse")]
    [ValidateAntiForgeryToken]
    [DraftBodyLimit]
    public async Task<IActionResult> Check([FromForm] string? text, IFormFile? file, CancellationToken cancellationToken)
    {
        var draft = text ?? "";
        string? notice = null;
        if (file is { Length: > 0 })
        {
            if (!file.FileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
                notice = "只能上传 Word 文件（.docx）；已检查文本框中的内容。";
            else
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                (draft, notice) = ReadDocx(file.FileName, buffer.ToArray(), draft);
            }
        }
        draft = InputCleaner.CleanDraft(draft);
        var report = reuse.Check(draft, HttpContext.AccessScope());
        return View("Index", new ReusePageModel
        {
            Draft = limits.CutDraft(draft).Text,
            Report = report,
            Notice = notice == null ? report.Notice : report.Notice == null ? notice : notice + " " + report.Notice,
        });
    }

    /// <summary>The Word file's paragraphs, one per line; an unreadable file is said, and the pasted text checked instead.</summary>
    private static (string Draft, string? Notice) ReadDocx(string name, byte[] bytes, string pasted)
    {
        try
        {
            var raw = new DocxReader().Read(new CorpusFile(name, name, bytes.Length, DateTime.UtcNow), bytes);
            return (string.Join("\n", raw.Blocks.Select(b => b.Text)), null);
        }
        catch (DocumentReadException ex)
        {
            return (pasted, $"无法读取上传的文件（{ex.Reason}）；已检查文本框中的内容。");
        }
    }
}
