using Microsoft.Playwright;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Browser;

/// <summary>
/// The real site on a free loopback port (Kestrel) and Debian's Chromium driven by Playwright. Never downloads a
/// browser: when /usr/bin/chromium is missing the browser tests are skipped with a message saying how to install it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public static string? SkipReason => File.Exists(ChromiumPath)
        ? null
        : $"{ChromiumPath} is missing: run `bash tests/run-browser-setup.sh` (apt-get install chromium fonts-wqy-microhei). Browser tests skipped.";

    public PortalFactory? Factory { get; private set; }
    public string BaseUrl { get; private set; } = "";
    public IPlaywright? Playwright { get; private set; }
    public IBrowser? Browser { get; private set; }

    /// <summary>Screenshots go here (printed by the tests), under the test output folder.</summary>
    public static string ArtifactsPath { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "artifacts");

    public async Task InitializeAsync()
    {
        Factory = new PortalFactory();
        BaseUrl = Factory.StartKestrel();
        if (SkipReason != null) return;
        Directory.CreateDirectory(ArtifactsPath);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        });
    }

    /// <summary>A fresh browser context (own cookies, permissions, viewport) with the clipboard allowed for the site.</summary>
    public async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> NewPageAsync(int width = 1280, int height = 900, bool mobile = false)
    {
        var context = await Browser!.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            ViewportSize = new() { Width = width, Height = height },
            IsMobile = mobile,
            HasTouch = mobile,
            Locale = "zh-CN",
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        // The browser tests share two cores with the shared-corpus indexing of a first run: a page that loads in
        // 50 ms alone has taken over 30 s (Playwright's default) then. Waiting longer costs nothing when all is well.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(30_000); // Expect(...) retries until then (5 s by default)
        var page = await context.NewPageAsync();
        // Console errors include CSP violations (an inline script or style would show up here).
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        return (context, page, errors);
    }

    public async Task DisposeAsync()
    {
        if (Browser != null) await Browser.CloseAsync();
        Playwright?.Dispose();
        if (Factory != null) await Factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
