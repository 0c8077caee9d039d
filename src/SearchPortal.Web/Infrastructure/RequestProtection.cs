using Microsoft.AspNetCore.CookiePolicy;

namespace SearchPortal.Web.Infrastructure;

/// <summary>Cookies and anti-forgery: every cookie the site sets is HttpOnly, SameSite (Lax at least) and Secure over HTTPS.</summary>
public static class RequestProtection
{
    public static IServiceCollection AddRequestProtection(this IServiceCollection services)
    {
        services.Configure<CookiePolicyOptions>(o =>
        {
            o.HttpOnly = HttpOnlyPolicy.Always;
            o.Secure = CookieSecurePolicy.SameAsRequest;
            o.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sp_antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
        });
        return services;
    }
}
