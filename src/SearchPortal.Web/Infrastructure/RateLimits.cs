using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SearchPortal.Web.Infrastructure;

/// <summary>One limit: at most <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/> for one user or address.</summary>
public sealed class RateLimitWindow
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>SearchPortal:RateLimits — per user (signed in) or per client address (anonymous).</summary>
public sealed class RateLimitSettings
{
    public const string SectionName = "SearchPortal:RateLimits";
    /// <summary>Search pages and /api/search: a writer paging and refining does a few a minute; a scraper does hundreds.</summary>
    public RateLimitWindow Search { get; set; } = new() { PermitLimit = 120 };
    /// <summary>The reuse check (/reuse, /api/reuse): each check reads up to 20,000 characters, so fewer.</summary>
    public RateLimitWindow Reuse { get; set; } = new() { PermitLimit = 20 };
}

/// <summary>
/// The abuse limits on search and the reuse check (ASP.NET Core rate limiting, a fixed window per partition). A refused
/// request gets 429 with Retry-After; the body is the site's error page (/error/429, JSON for /api), which reads the
/// wait from <see cref="RetryAfterItem"/>.
/// </summary>
public static class RateLimits
{
    public const string SearchPolicy = "search";
    public const string ReusePolicy = "reuse";
    public const string RetryAfterItem = "sp:retry-after";

    public static IServiceCollection AddSearchPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.SectionName).Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SearchPolicy, context => Partition(context, SearchPolicy, settings.Search));
            o.AddPolicy(ReusePolicy, context => Partition(context, ReusePolicy, settings.Reuse));
            o.OnRejected = (rejected, _) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                seconds = Math.Max(1, seconds);
                rejected.HttpContext.Items[RetryAfterItem] = seconds;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>The signed-in user's name, else the client address (behind a proxy, the forwarded one once the forwarded headers are honoured).</summary>
    private static RateLimitPartition<string> Partition(HttpContext context, string policy, RateLimitWindow window)
    {
        var who = SearchPortal.Web.Security.PortalUserKey.Of(context.User)
            ?? "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return RateLimitPartition.GetFixedWindowLimiter(policy + "|" + who, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, window.PermitLimit),
            Window = TimeSpan.FromSeconds(Math.Max(1, window.WindowSeconds)),
            QueueLimit = 0,
        });
    }
}
