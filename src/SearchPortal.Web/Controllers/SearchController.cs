using Microsoft.AspNetCore.OutputCaching;
using SearchPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using SearchPortal.Web.Models;
using SearchPortal.Web.Services;

namespace SearchPortal.Web.Controllers;

/// <summary>
/// Maps the query string to a search request and renders the results page; the work is in ISearchService. Odd input
/// is the reader's and the engine's business (cleaned, clamped, said in a notice); anything that still throws is a
/// fault, answered by the site's one exception handler (/error).
/// </summary>
public sealed class SearchController(ISearchService search, SearchQueryReader reader, SearchLimits limits) : Controller
{
    [HttpGet("/search")]
    [OutputCache(PolicyName = IndexBoundOutputCache.Policy)]
    public IActionResult Index()
    {
        var query = reader.Read(Request.Query);
        // A bare /search shows the search form; any parameter (even only sort=newest) browses or searches.
        if (Request.Query.Count == 0) return View(new SearchPageModel { Query = query, Limits = limits });
        var response = search.Search(query.ToRequest(HttpContext.AccessScope()));
        // A page past the end (page=999 from an old bookmark) shows the last page instead of "no results".
        if (response.Total > 0 && response.Hits.Count == 0 && query.Page > 1)
        {
            query = query.With(page: Math.Max(1, limits.LastPage(response.Total, query.Size)));
            response = search.Search(query.ToRequest(HttpContext.AccessScope()));
        }
        if (response.Page != query.Page && response.Page > 0) query = query.With(page: response.Page);
        return View(new SearchPageModel { Query = query, Response = response, Limits = limits });
    }
}
