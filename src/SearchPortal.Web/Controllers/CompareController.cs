using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using SearchPortal.Core.Comparison;
using SearchPortal.Web.Infrastructure;
using SearchPortal.Web.Services;

namespace SearchPortal.Web.Controllers;

/// <summary>新旧对照: /compare?a={id}&amp;b={id} (page) and GET /api/compare?a=&amp;b= (JSON), two editions article by article.</summary>
public sealed class CompareController(IDocumentStore documents, SearchLimits limits) : Controller
{
    [HttpGet("/compare")]
    [OutputCache(PolicyName = IndexBoundOutputCache.Policy)]
    public IActionResult Show([FromQuery] string? a, [FromQuery] string? b) =>
        Compare(a, b) is { } comparison ? View("Index", comparison) : NotFound();

    [HttpGet("/api/compare")]
    [Produces("application/json")]
    [OutputCache(PolicyName = IndexBoundOutputCache.Policy)]
    public IActionResult Api([FromQuery] string? a, [FromQuery] string? b) =>
        Compare(a, b) is { } comparison ? Ok(comparison) : NotFound(new { error = "文档不存在 (document not found)" });

    private EditionComparison? Compare(string? a, string? b) =>
        DocumentLinks.LooksValid(a, limits) && DocumentLinks.LooksValid(b, limits) ? new EditionComparer(documents).Compare(a!, b!, HttpContext.AccessScope()) : null;
}
