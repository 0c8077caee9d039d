using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SearchPortal.Web.Tests.Support;

/// <summary>
/// The real site (Production environment) over a temporary corpus: the test corpus (tests/fixtures/corpus/) plus
/// TestCorpus/ (real texts and an XSS document). The index folder starts empty, so the site's own start-up
/// indexing builds the test index — the same path a fresh checkout takes.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public string CorpusPath { get; }
    public string IndexPath { get; }
    /// <summary>The site's own databases (accounts, audit, collections: SearchPortal:StatePath), one per factory.</summary>
    public string StatePath { get; }
    private readonly string _root;
    /// <summary>Replaces services of the engine (failure tests), after the site registered its own.</summary>
    public Action<IServiceCollection>? ServiceOverrides { get; protected set; }

    public PortalFactory()
    {
        _root = TestPaths.NewTempDir("sp-web");
        CorpusPath = Path.Combine(_root, "corpus");
        IndexPath = Path.Combine(_root, "index");
        StatePath = Path.Combine(_root, "state");
        CopyFolder(TestPaths.Corpus, CorpusPath);
        CopyFolder(TestPaths.WebTestCorpus, CorpusPath);
    }

    public const string SeedId = "speeches/000_5847f394c549e8c0.txt";
    public const string XssId = "xss/脚本注入测试.txt";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("SearchPortal:CorpusPath", CorpusPath);
        builder.UseSetting("SearchPortal:IndexPath", IndexPath);
        builder.UseSetting("SearchPortal:StatePath", StatePath);
        builder.UseSetting("SearchPortal:RefreshSeconds", "1");
        // Hundreds of page tests share one client address; the abuse limits are tested with tiny ones (RateLimitTests).
        builder.UseSetting("SearchPortal:RateLimits:Search:PermitLimit", "1000000");
        builder.UseSetting("SearchPortal:RateLimits:Reuse:PermitLimit", "1000000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (ServiceOverrides != null) builder.ConfigureTestServices(ServiceOverrides);
    }

    /// <summary>Starts Kestrel on a free loopback port (for the browser) and returns the base URL.</summary>
    public string StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return addresses.First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1").TrimEnd('/');
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
