using Microsoft.AspNetCore.OutputCaching;
using SearchPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using SearchPortal.Web.Models;
using SearchPortal.Web.Services;

namespace SearchPortal.Web.Controllers;

/// <summary>Maps the query string to a search request and renders the results page; the work is in ISearchService.</summary>
public sealed class SearchController(ISearchService search, SearchQueryReader reader, ILogger<SearchController> logger) : Controller
{
    [HttpGet("/search")]
    [OutputCache(PolicyName = IndexBoundOutputCache.Policy)]
    public IActionResult Index()
    {
        var query = reader.Read(Request.Query);
        // A bare /search shows the search form; any parameter (even only sort=newest) browses or searches.
        if (Request.Query.Count == 0) return View(new SearchPageModel { Query = query });
        try
        {
            var response = search.Search(query.ToRequest());
            // A page past the end (page=999 from an old bookmark) shows the last page instead of "no results".
            if (response.Total > 0 && response.Hits.Count == 0 && query.Page > 1)
            {
                query = query.With(page: Math.Max(1, (response.Total + query.Size - 1) / query.Size));
                response = search.Search(query.ToRequest());
            }
            if (response.Page != query.Page && response.Page > 0) query = query.With(page: response.Page);
            return View(new SearchPageModel { Query = query, Response = response });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An odd query must never become a 500: say so on the page and keep the query editable.
            logger.LogError(ex, "Search failed for {Query}", query.Q);
            return View(new SearchPageModel { Query = query, Error = "这个查询无法执行，请换个写法再试（例如去掉特殊符号）。" });
        }
    }
}
