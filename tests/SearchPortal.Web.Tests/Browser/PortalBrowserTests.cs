using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SearchPortal.Web.Tests.Browser;

/// <summary>What staff do in a real browser: search, narrow with facets, open a passage, copy a citation, use a phone.</summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
[Collection(BrowserCollection.Name)]
public sealed class PortalBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static async Task<int> TotalAsync(IPage page) =>
        int.Parse((await page.Locator(".results-summary").GetAttributeAsync("data-total"))!);

    private async Task ShotAsync(IPage page, string name, bool fullPage = true)
    {
        var path = Path.Combine(BrowserFixture.ArtifactsPath, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        output.WriteLine("screenshot: " + path);
    }

    private static async Task SearchFromHomeAsync(IPage page, string query)
    {
        await page.GotoAsync("/");
        await page.Locator("#home-q").FillAsync(query);
        await page.Locator("#home-q").PressAsync("Enter");
        await page.WaitForURLAsync(new Regex(@"/search\?q="));
    }

    [SkippableFact]
    public async Task Search_shows_results_with_marked_terms()
    {
        Skip.If(BrowserFixture.SkipReason != null, BrowserFixture.SkipReason);
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;

        await SearchFromHomeAsync(page, "政治生态");
        Assert.Equal("政治生态", await page.Locator("#q").InputValueAsync());
        Assert.True(await TotalAsync(page) > 0);
        var marks = page.Locator(".passage__text mark");
        Assert.True(await marks.CountAsync() > 0);
        Assert.Matches("政治|生态", await marks.First.InnerTextAsync());
        await ShotAsync(page, "results-desktop");
        await ShotAsync(page, "results-desktop-first-screen", fullPage: false);
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Ticking_a_type_facet_adds_a_chip_and_removing_it_restores_the_results()
    {
        Skip.If(BrowserFixture.SkipReason != null, BrowserFixture.SkipReason);
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;

        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("政治生态"));
        var total = await TotalAsync(page);
        var firstType = page.Locator(".facet[data-facet=type] .facet__value").First;
        var value = await firstType.Locator("input").GetAttributeAsync("value");
        var count = int.Parse((await firstType.Locator(".count").InnerTextAsync()).Replace(",", ""));

        await firstType.Locator("label").ClickAsync();          // JS submits the facet form on change
        await page.WaitForURLAsync(new Regex("type="));
        var chip = page.Locator(".constraints a.chip");
        await Assertions.Expect(chip).ToHaveCountAsync(1);
        Assert.Contains(value!, await chip.InnerTextAsync());
        Assert.Equal(count, await TotalAsync(page));
        Assert.NotEqual(total, count);
        Assert.True(await page.Locator($".facet[data-facet=type] input[value='{value}']").IsCheckedAsync());

        await chip.ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("type="));
        await Assertions.Expect(page.Locator(".constraints a.chip")).ToHaveCountAsync(0);
        Assert.Equal(total, await TotalAsync(page));

        await page.GoBackAsync();                              // every state is a URL: back brings the filter back
        await Assertions.Expect(page.Locator(".constraints a.chip")).ToHaveCountAsync(1);
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task A_passage_link_opens_the_document_at_that_paragraph_and_copy_citation_fills_the_clipboard()
    {
        Skip.If(BrowserFixture.SkipReason != null, BrowserFixture.SkipReason);
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;

        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("政治生态"));
        var seedHit = page.Locator(".hit").Filter(new() { Has = page.Locator("a[href*='000_5847f394c549e8c0']") }).First;
        var link = seedHit.Locator("a.passage__where").Last;   // a later paragraph, so the page must scroll
        var href = (await link.GetAttributeAsync("href"))!;
        var ordinal = Regex.Match(href, @"#p-(\d+)$").Groups[1].Value;
        await link.ClickAsync();
        await page.WaitForURLAsync(new Regex("#p-" + ordinal + "$"));

        var target = page.Locator("#p-" + ordinal);
        await Assertions.Expect(target).ToHaveClassAsync(new Regex(@"\bis-target\b"));
        Assert.True(await target.EvaluateAsync<bool>("e => e.matches(':target')"));
        var box = (await target.BoundingBoxAsync())!;
        Assert.InRange(box.Y, 0, 900 - 10);                    // scrolled into the viewport
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0);
        Assert.True(await page.Locator(".document__body mark").CountAsync() > 0);
        await ShotAsync(page, "document-desktop-at-paragraph", fullPage: false);
        await ShotAsync(page, "document-desktop");

        // Copy the target paragraph with its citation.
        var button = target.Locator(".cite-button");
        var expected = (await button.GetAttributeAsync("data-cite"))!;
        await button.ClickAsync();
        await Assertions.Expect(page.Locator(".toast")).ToContainTextAsync("已复制");
        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(expected, clipboard);
        var paragraph = (await target.Locator("p").InnerTextAsync()).Trim();
        var title = (await page.Locator("#doc-title").InnerTextAsync()).Trim();
        Assert.Equal($"“{paragraph}”", clipboard[..(paragraph.Length + 2)]);
        Assert.Contains($"（《{title}》", clipboard);
        Assert.EndsWith("）", clipboard);

        // And the title line.
        await page.Locator(".document__actions .cite-button").ClickAsync();
        Assert.StartsWith($"《{title}》", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        // Print: the document alone, without navigation, side panels or buttons.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".document-side")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".document__actions")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#doc-title")).ToBeVisibleAsync();
        await ShotAsync(page, "document-print", fullPage: false);
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Phone_width_shows_results_without_horizontal_scrolling()
    {
        Skip.If(BrowserFixture.SkipReason != null, BrowserFixture.SkipReason);
        var (context, page, errors) = await fixture.NewPageAsync(390, 844, mobile: true);
        await using var _ = context;

        await SearchFromHomeAsync(page, "政治生态");
        var firstHit = page.Locator(".hit").First;
        await Assertions.Expect(firstHit).ToBeVisibleAsync();
        var hitBox = (await firstHit.BoundingBoxAsync())!;
        Assert.InRange(hitBox.Width, 300, 390);
        Assert.True(hitBox.Y < 844, "the first result is on the first screen");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await ShotAsync(page, "results-phone");
        await ShotAsync(page, "results-phone-first-screen", fullPage: false);

        // The facet panel is folded on a phone and opens on a tap.
        await Assertions.Expect(page.Locator(".facet[data-facet=type]")).ToBeHiddenAsync();
        await page.Locator(".facets-toggle > summary").ClickAsync();
        await Assertions.Expect(page.Locator(".facet[data-facet=type]")).ToBeVisibleAsync();

        // The document page fits the phone too (opened by its link; the click itself is covered on the desktop).
        var href = (await firstHit.Locator(".hit__title a").GetAttributeAsync("href"))!;
        await page.GotoAsync(href);
        await Assertions.Expect(page.Locator("#doc-title")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await ShotAsync(page, "document-phone", fullPage: false);
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task The_search_works_from_the_keyboard_alone()
    {
        Skip.If(BrowserFixture.SkipReason != null, BrowserFixture.SkipReason);
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;

        await page.GotoAsync("/");
        // The box has focus on arrival: typing and Enter search.
        // (Expect retries: suggest.js wraps the box for its list and gives the focus back once it has run.)
        await Assertions.Expect(page.Locator("#home-q")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("政治生态");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex(@"/search\?q="));

        // Tick a facet with the keyboard: focus its checkbox, Space.
        await page.Locator(".facet[data-facet=type] input").First.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.WaitForURLAsync(new Regex("type="));
        await Assertions.Expect(page.Locator(".constraints a.chip")).ToHaveCountAsync(1);
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Home_and_error_pages_render_without_script_or_policy_errors()
    {
        Skip.If(BrowserFixture.SkipReason != null, BrowserFixture.SkipReason);
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator(".figures")).ToBeVisibleAsync();
        await ShotAsync(page, "home-desktop");

        var response = await page.GotoAsync("/documents/no/such/document.txt");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator(".error-page h1")).ToHaveTextAsync("找不到这个页面");
        await ShotAsync(page, "not-found");
        // The 404 itself is logged by Chromium as a failed resource; nothing else may be.
        Assert.All(errors, e => Assert.Contains("404", e));
    }
}
