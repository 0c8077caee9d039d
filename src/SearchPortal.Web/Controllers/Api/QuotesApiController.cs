using Microsoft.AspNetCore.Mvc;
using SearchPortal.Core.Quotes;
using SearchPortal.Web.Models;

namespace SearchPortal.Web.Controllers.Api;

/// <summary>GET /api/quotes: the quotation search as JSON; GET /api/quotes/{key}: one quotation with all its sources.</summary>
[ApiController]
[Produces("application/json")]
public sealed class QuotesApiController(IQuoteSearch quotes) : ControllerBase
{
    [HttpGet("/api/quotes")]
    public IActionResult Search([FromQuery] string? q, [FromQuery] string? who, [FromQuery] string? kind,
        [FromQuery] string? sort, [FromQuery] string? page, [FromQuery] string? size)
    {
        var query = QuoteQuery.From(q, who, kind, sort, page, null);
        // The API accepts any size up to the service's maximum, not only the page's choices.
        var request = new QuoteSearchRequest
        {
            Query = query.Q,
            Who = query.Who,
            Kind = (kind ?? "").Trim(), // unknown kinds reach the service, which says so in the notice
            Sort = query.Sort,
            Page = query.Page,
            Size = int.TryParse(size, out var n) ? Math.Clamp(n, 1, SearchLimits.Default.MaxPageSize) : 10,
        };
        var response = quotes.Search(request);
        if (query.InputNotice != null)
            response = response with { Notice = Notices.Join(query.InputNotice, response.Notice) };
        return Ok(response);
    }

    [HttpGet("/api/quotes/{key}")]
    public IActionResult Get(string key)
    {
        var entry = key.Length > 2000 ? null : quotes.Get(key);
        return entry == null ? NotFound(new { error = "没有这条引文。" }) : Ok(entry);
    }
}
