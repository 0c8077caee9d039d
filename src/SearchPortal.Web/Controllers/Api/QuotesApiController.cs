using Microsoft.AspNetCore.Mvc;
using SearchPortal.Web.Models;

namespace SearchPortal.Web.Controllers.Api;

/// <summary>GET /api/quotes: the quotation search as JSON; GET /api/quotes/{key}: one quotation with all its sources.</summary>
[ApiController]
[Produces("application/json")]
public sealed class QuotesApiController(IQuoteSearch quotes, SearchLimits limits) : ControllerBase
{
    /// <summary>Same reading and limits as the page (and as /api/search: any size 1..max).</summary>
    [HttpGet("/api/quotes")]
    public IActionResult Search()
    {
        var query = QuoteQuery.Read(Request.Query, limits);
        // An unknown kind reaches the service, which says so in the notice (the page simply ignores it).
        var response = quotes.Search(query.ToRequest(HttpContext.AccessScope(), askedKind: true));
        if (query.InputNotice != null)
            response = response with { Notice = Notices.Join(query.InputNotice, response.Notice) };
        return Ok(response);
    }

    /// <remarks>
    /// Nullable on purpose: model binding turns a blank key into null, which [ApiController] would answer as a 400
    /// validation problem; a blank key is simply no quotation, 404 as on the page.
    /// </remarks>
    [HttpGet("/api/quotes/{key}")]
    public IActionResult Get(string? key)
    {
        var entry = string.IsNullOrWhiteSpace(key) || key.Length > limits.MaxKeyLength ? null : quotes.Get(key, HttpContext.AccessScope());
        return entry == null ? NotFound(new { error = "没有这条引文。" }) : Ok(entry);
    }
}
