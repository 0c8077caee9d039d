using Microsoft.AspNetCore.Mvc;

namespace SearchPortal.Web.Controllers.Api;

/// <summary>
/// GET /api/suggest?q=: completions for the search boxes, <c>{"suggestions": [{"text", "kind", "id"}]}</c> (kind title,
/// term or quote). Not output-cached: an answer takes microseconds, and every keystroke is another key.
/// </summary>
[ApiController]
[Produces("application/json")]
public sealed class SuggestApiController(ISuggestService suggestions) : ControllerBase
{
    [HttpGet("/api/suggest")]
    public IActionResult Suggest([FromQuery] string? q) => Ok(new SuggestResponse(suggestions.Suggest(q, HttpContext.AccessScope())));
}
