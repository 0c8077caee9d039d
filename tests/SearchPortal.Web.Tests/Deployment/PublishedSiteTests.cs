using System.Diagnostics;
using System.Net;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Deployment;

/// <summary>
/// <c>dotnet publish src/SearchPortal.Web</c> once for the class, into a temporary folder (reusing the tests' build
/// when it can: <c>--no-build</c> with the tests' own configuration, a full publish otherwise).
/// </summary>
public sealed class PublishedOutput : IDisposable
{
    public string Root { get; } = TestPaths.NewTempDir("sp-publish");
    public string Folder => Path.Combine(Root, "site");

    /// <summary>Release or Debug, as the tests themselves were built.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";

    public PublishedOutput()
    {
        var project = Path.Combine(TestPaths.RepoRoot, "src", "SearchPortal.Web");
        var (code, output) = Publish(project, noBuild: true);
        if (code != 0) (code, output) = Publish(project, noBuild: false);
        if (code != 0) throw new InvalidOperationException("dotnet publish failed:\n" + output);
    }

    private (int Code, string Output) Publish(string project, bool noBuild)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "publish", project, "-c", Configuration, "-o", Folder, "--nologo" }) start.ArgumentList.Add(a);
        if (noBuild) start.ArgumentList.Add("--no-build");
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5))) { p.Kill(entireProcessTree: true); return (-1, "timed out"); }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>
/// Runs alone, after the parallel collections: publishing and two sites indexing their corpus would otherwise take
/// both cores from the browser tests' timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChildProcessCollection
{
    public const string Name = "child processes";
}

/// <summary>
/// The site started as a server starts it — the published dll (or the build output's), another working directory,
/// Production — serves its styles and scripts: pages are not unstyled and the Razor views render.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Process)]
[Collection(ChildProcessCollection.Name)]
public sealed class PublishedSiteTests(PublishedOutput published) : IClassFixture<PublishedOutput>
{
    public static TheoryData<string> Layouts => new() { "publish", "build" };

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Started_from_another_folder_in_production_it_serves_its_css_and_js(string layout)
    {
        var dll = layout == "publish"
            ? Path.Combine(published.Folder, "SearchPortal.Web.dll")
            : Path.Combine(TestPaths.RepoRoot, "src", "SearchPortal.Web", "bin", PublishedOutput.Configuration, "net10.0", "SearchPortal.Web.dll");
        Assert.True(File.Exists(dll), dll);
        if (layout == "publish") Assert.True(File.Exists(Path.Combine(published.Folder, "wwwroot", "css", "site.css")), "wwwroot is published");

        var elsewhere = TestPaths.NewTempDir("sp-cwd");
        try
        {
            using var site = new SiteProcess(dll, elsewhere,
                "--SearchPortal:CorpusPath=" + TestPaths.Corpus, "--SearchPortal:IndexPath=" + Path.Combine(elsewhere, "index"));
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            await site.WaitUntilHealthyAsync(client, TimeSpan.FromMinutes(2));

            var home = await client.GetAsync(site.BaseUrl + "/");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            var page = Html.Parse(await home.Content.ReadAsStringAsync());
            Assert.NotNull(page.QuerySelector("input#home-q"));   // the Razor view rendered
            var css = page.QuerySelector("link[rel=stylesheet][href^='/css/site.css']")?.GetAttribute("href");
            var js = page.QuerySelector("script[src^='/js/site.js']")?.GetAttribute("src");
            Assert.NotNull(css);
            Assert.NotNull(js);
            Assert.Contains("?v=", css);   // the version hash is only added when the file is found

            foreach (var (url, type, marker) in new[] { (css!, "text/css", ".site-header"), ("/css/site.css", "text/css", ".site-header"), (js!, "javascript", "addEventListener"), ("/js/site.js", "javascript", "addEventListener") })
            {
                var response = await client.GetAsync(site.BaseUrl + url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{layout} {url} → {(int)response.StatusCode}\n{site.Output}");
                Assert.Contains(type, response.Content.Headers.ContentType?.MediaType);
                Assert.Contains(marker, await response.Content.ReadAsStringAsync());
            }
            Assert.Contains("Content root path: " + Path.GetDirectoryName(dll), site.Output);
        }
        finally
        {
            try { Directory.Delete(elsewhere, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
