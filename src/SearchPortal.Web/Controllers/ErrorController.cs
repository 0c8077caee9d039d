using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SearchPortal.Web.Infrastructure;
using SearchPortal.Web.Models;

namespace SearchPortal.Web.Controllers;

/// <summary>Friendly error pages (HTML) and JSON errors for /api; never a stack trace.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
// A refused form post is re-executed here as a POST: checking its token again would turn the friendly 400 into an empty one.
[IgnoreAntiforgeryToken]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("/error")]
    public IActionResult ServerError()
    {
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        // A request the server refused to read (a body over the limit: 413) is the client's error, said as such.
        if (feature?.Error is BadHttpRequestException bad && bad.StatusCode is >= 400 and < 500) return Respond(bad.StatusCode, feature.Path);
        if (feature?.Error != null) logger.LogError(feature.Error, "Unhandled error on {Path}", feature.Path);
        return Respond(500, feature?.Path);
    }

    [Route("/error/{code:int}")]
    public IActionResult Status(int code)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        return Respond(code is >= 400 and <= 599 ? code : 404, original?.OriginalPath);
    }

    /// <summary>The wait the rate limiter set for this request (RateLimits), said again on the page and in Retry-After.</summary>
    private int RetryAfter()
    {
        var seconds = HttpContext.Items[RateLimits.RetryAfterItem] as int? ?? 60;
        Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return seconds;
    }

    private IActionResult Respond(int code, string? originalPath)
    {
        var model = code switch
        {
            403 => new ErrorPageModel(403, "没有权限", "您的账号无权访问这个页面。如需开通，请联系管理员。"),
            404 => new ErrorPageModel(404, "找不到这个页面", "您要找的页面或文档不存在，可能已被移除，或链接有误。"),
            400 => new ErrorPageModel(400, "请求无法处理", "请求的格式不正确，或表单已过期，请返回并刷新页面后重试。"),
            405 => new ErrorPageModel(405, "请求无法处理", "不支持这种请求方式。"),
            429 => new ErrorPageModel(429, "请求过于频繁", $"您在短时间内的请求次数超过了限制，请 {RetryAfter()} 秒后再试。"),
            413 => new ErrorPageModel(413, "内容过大", "提交的稿件或文件超过了大小限制，请缩短后重试。"),
            >= 500 => new ErrorPageModel(code, "出了点问题", "系统暂时无法完成这个请求，请稍后再试。如果问题持续，请联系管理员。"),
            _ => new ErrorPageModel(code, "请求无法处理", "请返回重试。"),
        };
        Response.StatusCode = code;
        if (originalPath?.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) == true || originalPath == "/healthz")
            return new ObjectResult(new { error = model.Message }) { StatusCode = code };
        return View("Error", model);
    }
}
