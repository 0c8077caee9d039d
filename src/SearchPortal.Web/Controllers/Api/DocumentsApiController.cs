using Microsoft.AspNetCore.OutputCaching;
using SearchPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using SearchPortal.Web.Services;

namespace SearchPortal.Web.Controllers.Api;

/// <summary>
/// GET /api/documents/{id}, GET /api/documents/{id}/similar and the alias GET /api/similar?id= (both take
/// <c>count</c>, 1..<see cref="SearchLimits.MaxSimilarDocuments"/>, default <see cref="SearchLimits.SimilarDocuments"/>).
/// A catch-all route parameter must be the last segment, so "/similar" is recognised inside the action: an id that
/// exists as such wins, otherwise a trailing "/similar" asks for similar documents.
/// </summary>
[ApiController]
[Produces("application/json")]
public sealed class DocumentsApiController(IDocumentStore documents, SearchLimits limits) : ControllerBase
{
    private const string SimilarSuffix = "/similar";

    [HttpGet("/api/documents/{**id}")]
    [OutputCache(PolicyName = IndexBoundOutputCache.Policy)]
    public IActionResult Get(string? id, [FromQuery] string? count)
    {
        if (DocumentLinks.LooksValid(id, limits) && documents.Get(id!, HttpContext.AccessScope()) is { } doc) return Ok(doc);
        if (id != null && id.EndsWith(SimilarSuffix, StringComparison.Ordinal))
            return Similar(id[..^SimilarSuffix.Length], count);
        return NotFoundJson();
    }

    [HttpGet("/api/similar")]
    [OutputCache(PolicyName = IndexBoundOutputCache.Policy)]
    public IActionResult Similar([FromQuery] string? id, [FromQuery] string? count)
    {
        if (!DocumentLinks.LooksValid(id, limits) || documents.Get(id!, HttpContext.AccessScope()) == null) return NotFoundJson();
        var n = Math.Clamp(QueryStrings.ParseInt(count ?? "", limits.SimilarDocuments), 1, limits.MaxSimilarDocuments);
        return Ok(new { id, similar = documents.Similar(id!, n, HttpContext.AccessScope()) });
    }

    private NotFoundObjectResult NotFoundJson() => NotFound(new { error = "文档不存在 (document not found)" });
}
