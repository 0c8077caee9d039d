using Microsoft.AspNetCore.OutputCaching;
using SearchPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using SearchPortal.Web.Models;
using SearchPortal.Web.Services;

namespace SearchPortal.Web.Controllers.Api;

/// <summary>GET /api/search: the same search as the results page, as JSON (facet parameters may repeat).</summary>
[ApiController]
[Produces("application/json")]
public sealed class SearchApiController(ISearchService search, SearchQueryReader reader, ILogger<SearchApiController> logger) : ControllerBase
{
    [HttpGet("/api/search")]
    [OutputCache(PolicyName = IndexBoundOutputCache.Policy)]
    public IActionResult Search()
    {
        var query = reader.Read(Request.Query);
        try
        {
            var response = search.Search(query.ToRequest());
            if (query.InputNotice == null) return Ok(response);
            return Ok(response with { Notice = Notices.Join(query.InputNotice, response.Notice) });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "API search failed for {Query}", query.Q);
            return BadRequest(new { error = "这个查询无法执行，请换个写法再试。" });
        }
    }
}
