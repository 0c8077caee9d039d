using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SearchPortal.Web.Infrastructure;

/// <summary>
/// Lets a reuse-check request carry a draft: the site's other requests need no body (64 KB), while a Word file runs
/// to megabytes. The size is <see cref="SearchLimits.MaxDraftUploadBytes"/>, set before the body is read: an
/// authorization filter ordered before the antiforgery check, which reads the form (as the built-in RequestSizeLimit does).
/// </summary>
public sealed class DraftBodyLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var limits = context.HttpContext.RequestServices.GetRequiredService<SearchLimits>();
        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limits.MaxDraftUploadBytes;
    }
}
