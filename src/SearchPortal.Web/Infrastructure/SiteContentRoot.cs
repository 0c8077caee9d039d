namespace SearchPortal.Web.Infrastructure;

/// <summary>
/// Where the site finds wwwroot and appsettings.json. ASP.NET Core takes the working directory, which is right for
/// <c>dotnet run</c> in the project folder but not for a server that starts <c>dotnet /srv/portal/SearchPortal.Web.dll</c>
/// from elsewhere: pages came out unstyled (/css/site.css was 404) and appsettings.json was not read. So the folder
/// of the binaries is the content root when it holds wwwroot (the publish output and the build output both do) and
/// nothing was configured explicitly.
/// </summary>
public static class SiteContentRoot
{
    /// <returns>The folder to use as content root, or null to keep ASP.NET Core's choice.</returns>
    public static string? Resolve(string[] args)
    {
        var explicitRoot = args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") != null
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") != null;
        if (explicitRoot) return null;
        var app = AppContext.BaseDirectory;
        return Directory.Exists(Path.Combine(app, "wwwroot")) ? app : null;
    }
}
