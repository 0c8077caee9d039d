using Microsoft.AspNetCore.OutputCaching;
using SearchPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using SearchPortal.Core.Search;
using SearchPortal.Web.Models;

namespace SearchPortal.Web.Controllers;

public sealed class HomeController(ISearchService search) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = IndexBoundOutputCache.Policy)]
    public IActionResult Index() => View(new HomePageModel(search.GetStatistics()));
}
