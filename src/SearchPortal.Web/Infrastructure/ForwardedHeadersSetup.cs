using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SearchPortal.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy (deploy/nginx.conf) the site sees the proxy's address and plain HTTP. X-Forwarded-For and
/// X-Forwarded-Proto give back the client's address (for logs and the audit trail) and the https scheme (for secure
/// cookies), but only from a proxy the site trusts: loopback by default (nginx on the same server), or the addresses
/// listed in <c>SearchPortal:TrustedProxies</c> (e.g. <c>SearchPortal__TrustedProxies__0=10.0.0.5</c>).
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string TrustedProxiesKey = "SearchPortal:TrustedProxies";

    public static IServiceCollection AddPortalForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var trusted = configuration.GetSection(TrustedProxiesKey).Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // One proxy in front (ForwardLimit 1, the default): the address it saw, not one a client wrote before it.
            o.ForwardLimit = 1;
            foreach (var address in trusted) o.KnownProxies.Add(IPAddress.Parse(address));
        });
        return services;
    }
}
