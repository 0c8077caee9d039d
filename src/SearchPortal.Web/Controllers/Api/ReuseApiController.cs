using Microsoft.AspNetCore.RateLimiting;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using SearchPortal.Web.Infrastructure;
using SearchPortal.Accounts.Auditing;
using SearchPortal.Web.Auditing;

namespace SearchPortal.Web.Controllers.Api;

/// <summary>
/// POST /api/reuse with <c>{"text": "…"}</c>: which sentences of the draft occur in indexed documents, with their
/// sources and the reused share; <c>start</c>/<c>end</c> are offsets into the posted text.
/// </summary>
[ApiController]
[Produces("application/json")]
[EnableRateLimiting(RateLimits.ReusePolicy)]
[IgnoreAntiforgeryToken] // JSON bodies only ([Consumes]): a cross-site form cannot send one
public sealed class ReuseApiController(IReuseCheck reuse) : ControllerBase
{
    public sealed record ReuseApiRequest([property: JsonPropertyName("text")] string? Text);

    [HttpPost("/api/reuse")]
    [Consumes("application/json")]
    [DraftBodyLimit]
    [Audited(AuditActions.Reuse)]
    public IActionResult Check([FromBody] ReuseApiRequest request)
    {
        AuditSubject.Set(HttpContext, AuditSubject.DescribeDraft(request.Text));
        return Ok(reuse.Check(request.Text, HttpContext.AccessScope()));
    }
}
