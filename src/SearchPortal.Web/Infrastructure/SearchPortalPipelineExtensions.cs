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
        app.UseStaticFiles();
        app.UseRouting();
        app.UseOutputCache();
        app.MapControllers();
        return app;
    }
}
