using Microsoft.AspNetCore.Mvc;

namespace SearchPortal.Web.Controllers.Api;

/// <summary>GET /healthz for monitoring: index document count and last commit time; 503 while there is no index.</summary>
[ApiController]
[Produces("application/json")]
public sealed class HealthController(IDocumentStore documents) : ControllerBase
{
    [HttpGet("/healthz")]
    public IActionResult Get()
    {
        var stats = documents.Statistics(HttpContext.AccessScope());
        var ready = stats.LastCommit != null;
        var body = new
        {
            status = ready ? "ok" : "no index",
            documents = stats.Documents,
            paragraphs = stats.Paragraphs,
            last_commit = stats.LastCommit,
        };
        return ready ? Ok(body) : StatusCode(StatusCodes.Status503ServiceUnavailable, body);
    }
}
