using Microsoft.AspNetCore.OutputCaching;
using SearchPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using SearchPortal.Web.Models;
using SearchPortal.Web.Services;

namespace SearchPortal.Web.Controllers.Api;

/// <summary>
/// GET /api/search: the same search as the results page, as JSON (facet parameters may repeat). A fault is answered
/// by the site's exception handler as a JSON 500, like every /api error.
/// </summary>
[ApiController]
[Produces("application/json")]
public sealed class SearchApiController(ISearchService search, SearchQueryReader reader) : ControllerBase
{
    [HttpGet("/api/search")]
    [OutputCache(PolicyName = IndexBoundOutputCache.Policy)]
    public IActionResult Search()
    {
        var query = reader.Read(Request.Query);
        var response = search.Search(query.ToRequest(HttpContext.AccessScope()));
        if (query.InputNotice == null) return Ok(response);
        return Ok(response with { Notice = Notices.Join(query.InputNotice, response.Notice) });
    }
}
