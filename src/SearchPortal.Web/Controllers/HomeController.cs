using Microsoft.AspNetCore.OutputCaching;
using SearchPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using SearchPortal.Web.Models;

namespace SearchPortal.Web.Controllers;

public sealed class HomeController(IDocumentStore documents) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = IndexBoundOutputCache.Policy)]
    public IActionResult Index() => View(new HomePageModel(documents.Statistics(HttpContext.AccessScope())));
}
