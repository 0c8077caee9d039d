using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SearchPortal.Web.Tests.Browser;

/// <summary>A speech writer in a real browser: searches the quotations, copies one with its citation, opens its source.</summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
[Collection(BrowserCollection.Name)]
public sealed class QuotesBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Search_quotations_and_copy_one_with_its_citation()
    {
        Skip.If(BrowserFixture.SkipReason != null, BrowserFixture.SkipReason);
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;

        await page.GotoAsync("/");
        await page.Locator(".site-nav a", new() { HasText = "引文/金句" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/quotes$"));
        await page.Locator("#quote-q").FillAsync("谈心谈话");
        await page.Locator("#quote-q").PressAsync("Enter");
        await page.WaitForURLAsync(new Regex(@"/quotes\?q="));

        var card = page.Locator(".quote", new() { HasText = "对干部经常开展同志式的谈心谈话" });
        await Assertions.Expect(card).ToHaveCountAsync(1);
        await Assertions.Expect(card.Locator(".quote__who")).ToHaveTextAsync("习近平");
        await ShotAsync(page, "quotes-search");

        await card.Locator("button.quote-copy").ClickAsync();
        await Assertions.Expect(card.Locator("button.quote-copy")).ToHaveAttributeAsync("data-copied", "");
        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith("习近平总书记指出：“对干部经常开展同志式的谈心谈话", clipboard);
        Assert.EndsWith("”（《副县长在集体政治谈话会上的讲话稿》）", clipboard);
        await Assertions.Expect(page.Locator(".toast")).ToHaveTextAsync("已复制引文及出处");

        // The source link opens the document at the quoting paragraph, where the quotation is marked.
        await card.Locator(".quote__sources a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/documents/speeches/000_5847f394c549e8c0\.txt#p-\d+$"));
        var target = page.Locator(".para.is-target");
        await Assertions.Expect(target.Locator("a.quote-ref")).ToContainTextAsync("对干部经常开展同志式的谈心谈话");
        await ShotAsync(page, "quotes-document-marks", fullPage: false);
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Browse_page_renders_without_errors()
    {
        Skip.If(BrowserFixture.SkipReason != null, BrowserFixture.SkipReason);
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/quotes");
        await Assertions.Expect(page.Locator(".quote").First).ToBeVisibleAsync();
        await ShotAsync(page, "quotes-browse");
        await page.Locator(".quote .quote__entry").First.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/quotes/[^/?]+$"));
        await Assertions.Expect(page.Locator(".quote-citation__text")).ToContainTextAsync("“");
        await ShotAsync(page, "quotes-entry");
        var (phoneContext, phone, phoneErrors) = await fixture.NewPageAsync(390, 844, mobile: true);
        await using var __ = phoneContext;
        await phone.GotoAsync("/quotes?q=" + Uri.EscapeDataString("监督"));
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await ShotAsync(phone, "quotes-phone");
        Assert.Empty(errors);
        Assert.Empty(phoneErrors);
    }

    [SkippableFact]
    public async Task Copy_falls_back_to_a_textarea_without_the_clipboard_api()
    {
        Skip.If(BrowserFixture.SkipReason != null, BrowserFixture.SkipReason);
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;
        // As on a browser without the async clipboard: site.js must use the textarea + execCommand path.
        await page.AddInitScriptAsync("Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });");
        await page.GotoAsync("/quotes?kind=classical");
        Assert.True(await page.EvaluateAsync<bool>("() => navigator.clipboard === undefined"));
        var card = page.Locator(".quote", new() { HasText = "治其本" });
        await card.Locator("button.quote-copy").ClickAsync();
        await Assertions.Expect(card.Locator("button.quote-copy")).ToHaveAttributeAsync("data-copied", "");

        var reader = await context.NewPageAsync();            // a page with the clipboard API reads what was copied
        await reader.GotoAsync("/quotes");
        var clipboard = await reader.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal("古人云：“治其本,朝令而夕从;救其末,百世不改也。”（《副县长在集体政治谈话会上的讲话稿》）", clipboard);
        Assert.Empty(errors);
    }

    private async Task ShotAsync(IPage page, string name, bool fullPage = true)
    {
        var path = Path.Combine(BrowserFixture.ArtifactsPath, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        output.WriteLine("screenshot: " + path);
    }
}
