using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SearchPortal.Web.Security;

namespace SearchPortal.Web.Tests.Support;

/// <summary>
/// The portal over corpus/ + TestCorpus/ + AccessCorpus/ (access.txt and a front-matter override), with a test
/// sign-in: a request's <see cref="TestUsers.Header"/> names the user (none: anonymous).
/// </summary>
public class AccessPortalFactory : PortalFactory
{
    public AccessPortalFactory()
    {
        foreach (var file in Directory.EnumerateFiles(AccessCorpusPath, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(CorpusPath, Path.GetRelativePath(AccessCorpusPath, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        ServiceOverrides = services => services
            .AddAuthentication(TestUsers.Scheme)
            .AddScheme<AuthenticationSchemeOptions, TestUsers>(TestUsers.Scheme, _ => { });
    }

    private static string AccessCorpusPath => Path.Combine(TestPaths.RepoRoot, "tests", "SearchPortal.Web.Tests", "AccessCorpus");

    /// <summary>A client that signs in as <paramref name="user"/> (<see cref="TestUsers"/>), or anonymous for null.</summary>
    public HttpClient ClientFor(string? user)
    {
        var client = CreateClient(new() { AllowAutoRedirect = false });
        if (user != null) client.DefaultRequestHeaders.Add(TestUsers.Header, user);
        return client;
    }
}

/// <summary>The same site with SearchPortal:Access:Anonymous = none.</summary>
public sealed class NoAnonymousPortalFactory : AccessPortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SearchPortal:Access:Anonymous", "none");
    }
}

/// <summary>
/// Test sign-in: <c>X-Test-User: a</c> is a reader in group 纪检, <c>b</c> a reader in 审计, <c>reader</c> a reader in
/// no group, <c>admin</c> an admin; no header is anonymous. Claims as the accounts code writes them (<see cref="PortalClaims"/>).
/// </summary>
public sealed class TestUsers(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Scheme = "Test";
    public const string Header = "X-Test-User";
    public const string GroupA = "纪检";
    public const string GroupB = "审计";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var name = Request.Headers[Header].ToString();
        if (name.Length == 0) return Task.FromResult(AuthenticateResult.NoResult());
        var claims = new List<Claim> { new(ClaimTypes.Name, name) };
        claims.Add(new(ClaimTypes.Role, name == "admin" ? PortalClaims.AdminRole : PortalClaims.ReaderRole));
        if (name == "a") claims.Add(new(PortalClaims.Group, GroupA));
        if (name == "b") claims.Add(new(PortalClaims.Group, GroupB));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme)));
    }
}

[CollectionDefinition(Name)]
public sealed class AccessPortalCollection : ICollectionFixture<AccessPortalFactory>
{
    public const string Name = "access-portal";
}
