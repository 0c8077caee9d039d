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
        app.UseStaticFiles();
        app.UseRouting();
        // Before the output cache: it varies by the user's access scope.
        app.UseAuthentication();
        app.UseOutputCache();
        app.MapControllers();
        return app;
    }
}
