using Microsoft.AspNetCore.Mvc;
using SearchPortal.Core.Search;
using SearchPortal.Web.Models;

namespace SearchPortal.Web.Controllers;

public sealed class HomeController(ISearchService search) : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View(new HomePageModel(search.GetStatistics()));
}
