using SearchPortal.Web.Auditing;
using SearchPortal.Web.Security;

namespace SearchPortal.Web.Infrastructure;

public static class SearchPortalPipelineExtensions
{
    /// <summary>
    /// The request pipeline. The friendly error pages are used in every environment: staff never see a stack trace,
    /// and the tests exercise what production runs. No HTTPS redirection: the site listens on loopback, behind a proxy
    /// whose forwarded client address and scheme are applied first (ForwardedHeadersSetup).
    /// </summary>
    public static WebApplication UseSearchPortal(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseCookiePolicy();
        app.UseStaticFiles();
        app.UseRouting();
        // Before the output cache: it varies by the user's access scope.
        app.UseAuthentication();
        app.UseMiddleware<BearerTokenGuard>();
        app.UseAuthorization();
        // After authentication, so a signed-in user is limited by name (an anonymous one by address); before the
        // output cache, so a cached page still counts.
        app.UseRateLimiter();
        // After authorization (a refused request is not an action), before the output cache (a cached answer is one).
        app.UseMiddleware<AuditMiddleware>();
        app.UseOutputCache();
        app.MapControllers();
        return app;
    }
}
