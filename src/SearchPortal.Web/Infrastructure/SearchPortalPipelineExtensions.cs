namespace SearchPortal.Web.Infrastructure;

public static class SearchPortalPipelineExtensions
{
    /// <summary>
    /// The request pipeline. The friendly error pages are used in every environment: staff never see a stack trace,
    /// and the tests exercise what production runs. No HTTPS redirection: the site listens on loopback.
    /// </summary>
    public static WebApplication UseSearchPortal(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseCookiePolicy();
        app.UseStaticFiles();
        app.UseRouting();
        // After routing (the limits are per endpoint) and after authentication once sign-in exists, so a signed-in user
        // is limited by name; before the output cache, so a cached page still counts.
        app.UseRateLimiter();
        app.UseOutputCache();
        app.MapControllers();
        return app;
    }
}
