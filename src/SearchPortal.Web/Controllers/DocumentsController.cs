using Microsoft.AspNetCore.OutputCaching;
using SearchPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using SearchPortal.Web.Models;
using SearchPortal.Web.Services;

namespace SearchPortal.Web.Controllers;

/// <summary>The document page. Only ids present in the index are served; the id never becomes a file path.</summary>
public sealed class DocumentsController(ISearchService search, IDocumentStore documents, IReuseCheck reuse, SearchLimits limits) : Controller
{
    [HttpGet("/documents/{**id}")]
    [OutputCache(PolicyName = IndexBoundOutputCache.Policy)]
    public IActionResult Show(string? id, [FromQuery] string? q)
    {
        if (!DocumentLinks.LooksValid(id, limits)) return NotFound();
        var scope = HttpContext.AccessScope();
        var doc = documents.Get(id!, scope); // null too for a document this user may not see: 404, as if it did not exist
        if (doc == null) return NotFound();

        var query = limits.CutQuery(InputCleaner.Clean(q, limits.MaxQueryLength)).Text;
        return View(new DocumentPageModel
        {
            Document = doc,
            Query = query,
            // The search's own terms (segmentation, expansions), so the page marks what the result passages marked.
            Terms = query.Length == 0 ? [] : search.HighlightTerms(query),
            Similar = documents.Similar(doc.Id, limits.SimilarDocuments, scope),
            Echoes = reuse.Echoes(doc.Id, scope).ToDictionary(e => e.Paragraph),
        });
    }
}
