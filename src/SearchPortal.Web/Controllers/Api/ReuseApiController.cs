using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using SearchPortal.Web.Infrastructure;

namespace SearchPortal.Web.Controllers.Api;

/// <summary>
/// POST /api/reuse with <c>{"text": "…"}</c>: which sentences of the draft occur in indexed documents, with their
/// sources and the reused share; <c>start</c>/<c>end</c> are offsets into the posted text.
/// </summary>
[ApiController]
[Produces("application/json")]
public sealed class ReuseApiController(IReuseCheck reuse) : ControllerBase
{
    public sealed record ReuseApiRequest([property: JsonPropertyName("text")] string? Text);

    [HttpPost("/api/reuse")]
    [Consumes("application/json")]
    [DraftBodyLimit]
    public IActionResult Check([FromBody] ReuseApiRequest request) => Ok(reuse.Check(request.Text, HttpContext.AccessScope()));
}
