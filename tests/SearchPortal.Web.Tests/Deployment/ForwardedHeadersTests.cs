using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Deployment;

/// <summary>The real site's pipeline, with one probe appended after it that echoes the client address and scheme the site sees.</summary>
public sealed class ClientEchoPortalFactory : PortalFactory
{
    public const string ProbePath = "/__client-probe";

    public ClientEchoPortalFactory() => ServiceOverrides = s => s.AddTransient<IStartupFilter, ProbeFilter>();

    private sealed class ProbeFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            // Reached by requests no endpoint of the site matched: after every middleware of the site ran.
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Path != ProbePath) { await nextMiddleware(context); return; }
                await context.Response.WriteAsync($"{context.Connection.RemoteIpAddress} {context.Request.Scheme}");
            });
        };
    }
}

/// <summary>
/// Behind nginx (deploy/nginx.conf) the site takes the client's address and https from X-Forwarded-For/Proto, but only
/// when the proxy is trusted (loopback by default): anyone else's headers are ignored, and a client cannot slip an
/// address of its choice in front of the proxy's.
/// </summary>
public sealed class ForwardedHeadersTests(ClientEchoPortalFactory factory) : IClassFixture<ClientEchoPortalFactory>
{
    private async Task<string> Probe(string remote, string? forwardedFor, string? proto)
    {
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = ClientEchoPortalFactory.ProbePath;
            c.Connection.RemoteIpAddress = IPAddress.Parse(remote);
            if (forwardedFor != null) c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            if (proto != null) c.Request.Headers["X-Forwarded-Proto"] = proto;
        });
        Assert.Equal(200, context.Response.StatusCode);
        return await new StreamReader(context.Response.Body).ReadToEndAsync();
    }

    [Fact]
    public async Task A_local_proxy_s_forwarded_client_and_scheme_are_what_the_site_sees() =>
        Assert.Equal("203.0.113.7 https", await Probe("127.0.0.1", "203.0.113.7", "https"));

    [Fact]
    public async Task Forwarded_headers_from_an_untrusted_address_are_ignored() =>
        Assert.Equal("198.51.100.9 http", await Probe("198.51.100.9", "203.0.113.7", "https"));

    [Fact]
    public async Task Only_the_address_the_proxy_saw_counts_not_one_the_client_wrote_before_it() =>
        Assert.Equal("203.0.113.7 https", await Probe("127.0.0.1", "10.9.9.9, 203.0.113.7", "https"));

    [Fact]
    public async Task Without_forwarded_headers_the_connection_is_taken_as_it_is() =>
        Assert.Equal("127.0.0.1 http", await Probe("127.0.0.1", null, null));
}
