using System.Net;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Deployment;

/// <summary>
/// The published site started exactly as deploy/searchportal.service starts it: its ExecStart command line, its
/// WorkingDirectory and Environment= lines (the server's folders mapped to temporary ones, the port to a free one).
/// It indexes the corpus, answers /healthz, and serves styled Chinese pages.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Process)]
[Collection(ChildProcessCollection.Name)]
public sealed class SystemdUnitTests(PublishedOutput published) : IClassFixture<PublishedOutput>
{
    private const string ServerRoot = "/var/lib/searchportal";
    private const string SiteFolder = "/opt/searchportal/site";

    [Fact]
    public async Task The_published_site_started_as_the_unit_file_says_serves_styled_chinese_pages()
    {
        var unit = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "deploy", "searchportal.service"))
            .Where(l => !l.StartsWith('#') && l.Contains('='))
            .Select(l => (Key: l[..l.IndexOf('=')], Value: l[(l.IndexOf('=') + 1)..]))
            .ToList();
        var root = TestPaths.NewTempDir("sp-unit");
        try
        {
            string Map(string value) => value.Replace(ServerRoot, root).Replace(SiteFolder, published.Folder);
            var environment = unit.Where(e => e.Key == "Environment")
                .Select(e => Map(e.Value).Split('=', 2))
                .ToDictionary(kv => kv[0], kv => kv[1]);
            Assert.Equal("Production", environment["ASPNETCORE_ENVIRONMENT"]);
            foreach (var setting in new[] { "CorpusPath", "IndexPath", "StatePath" })
                Assert.StartsWith(root, environment["SearchPortal__" + setting]);
            var workingDirectory = Map(unit.Single(e => e.Key == "WorkingDirectory").Value);
            Assert.Equal(root, workingDirectory);
            var exec = unit.Single(e => e.Key == "ExecStart").Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("/usr/bin/dotnet", exec[0]);
            var dll = Map(exec[1]);
            // The unit's --urls names the server's port; the test takes a free one instead.
            var settings = exec.Skip(2).ToList();
            var urls = settings.IndexOf("--urls");
            Assert.True(urls >= 0, "the unit binds an address");
            settings.RemoveRange(urls, 2);

            // The server's corpus folder, filled with the test corpus.
            var corpus = environment["SearchPortal__CorpusPath"];
            foreach (var file in Directory.EnumerateFiles(TestPaths.Corpus, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(corpus, Path.GetRelativePath(TestPaths.Corpus, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            using var site = new SiteProcess(dll, workingDirectory, environment, [.. settings]);
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            await site.WaitUntilHealthyAsync(client, TimeSpan.FromMinutes(2));
            Assert.True(Directory.EnumerateFiles(environment["SearchPortal__IndexPath"], "segments_*").Any(), "the index is where the unit says");

            var results = await client.GetAsync(site.BaseUrl + "/search?q=" + Uri.EscapeDataString("党风廉政建设"));
            Assert.Equal(HttpStatusCode.OK, results.StatusCode);
            var page = Html.Parse(await results.Content.ReadAsStringAsync());
            Assert.Contains("党风廉政建设", page.QuerySelector(".hit")?.TextContent ?? "");
            var css = page.QuerySelector("link[rel=stylesheet][href^='/css/site.css']")?.GetAttribute("href");
            Assert.NotNull(css);
            var style = await client.GetAsync(site.BaseUrl + css);
            Assert.Equal(HttpStatusCode.OK, style.StatusCode);
            Assert.Equal("text/css", style.Content.Headers.ContentType?.MediaType);
            Assert.Contains(".site-header", await style.Content.ReadAsStringAsync());

            // Sign-in works as deployed: the first start logged the demo admin's password once (on the console the
            // unit sends to the journal); the accounts database and the data-protection keys are under StatePath.
            var password = System.Text.RegularExpressions.Regex.Match(site.Output, @"用户名 admin，密码 (\S+)").Groups[1].Value;
            Assert.False(string.IsNullOrEmpty(password), "the first start logs the demo admin's password");
            using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
                { BaseAddress = new Uri(site.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
            var session = new SearchPortal.Web.Tests.Accounts.SignInSession(browser);
            Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync("admin", password)).StatusCode);
            Assert.Equal("admin", (await session.HeaderUserAsync())?.Trim());
            Assert.True(Directory.EnumerateFiles(Path.Combine(environment["SearchPortal__StatePath"], "keys")).Any(), "keys under StatePath");
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
