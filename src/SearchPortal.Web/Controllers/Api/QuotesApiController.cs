using Microsoft.AspNetCore.Mvc;
using SearchPortal.Core.Quotes;
using SearchPortal.Web.Models;

namespace SearchPortal.Web.Controllers.Api;

/// <summary>GET /api/quotes: the quotation search as JSON; GET /api/quotes/{key}: one quotation with all its sources.</summary>
[ApiController]
[Produces("application/json")]
public sealed class QuotesApiController(IQuoteSearch quotes, ILogger<QuotesApiController> logger) : ControllerBase
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
        try
        {
            var response = quotes.Search(request);
            if (query.InputNotice != null)
                response = response with { Notice = Notices.Join(query.InputNotice, response.Notice) };
            return Ok(response);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "API quotation search failed for {Query}", query.Q);
            return BadRequest(new { error = "这个引文查询无法执行，请换个写法再试。" });
        }
    }

    [HttpGet("/api/quotes/{key}")]
    public IActionResult Get(string key)
    {
        try
        {
            var entry = key.Length > 2000 ? null : quotes.Get(key);
            return entry == null ? NotFound(new { error = "没有这条引文。" }) : Ok(entry);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "API quotation entry failed for {Key}", key);
            return BadRequest(new { error = "这条引文无法读取。" });
        }
    }
}
