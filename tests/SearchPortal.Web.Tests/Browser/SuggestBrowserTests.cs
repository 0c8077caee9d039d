using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SearchPortal.Web.Tests.Browser;

/// <summary>Suggestions as you type, with the keyboard only: ↓ marks one, Enter takes it, Escape closes the list.</summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
[Collection(BrowserCollection.Name)]
public sealed class SuggestBrowserTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Down_and_Enter_on_a_title_opens_its_document()
    {
        Skip.If(BrowserFixture.SkipReason != null, BrowserFixture.SkipReason);
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/");
        var box = page.Locator("#home-q");
        await box.PressSequentiallyAsync("纪律处分");
        var first = page.Locator("[role=listbox] [role=option]").First;
        await Assertions.Expect(first).ToContainTextAsync("中国共产党纪律处分条例");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "suggest-home.png") });

        await box.PressAsync("ArrowDown");
        await Assertions.Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", (await first.GetAttributeAsync("id"))!);
        await box.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex(@"/documents/.+"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("纪律处分条例");
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task A_term_is_searched_and_Escape_closes_the_list()
    {
        Skip.If(BrowserFixture.SkipReason != null, BrowserFixture.SkipReason);
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("政治"));
        var box = page.Locator("#q");
        await box.FillAsync("");
        await box.PressSequentiallyAsync("纪律处分");
        var options = page.Locator("[role=listbox] [role=option]");
        await Assertions.Expect(options.First).ToBeVisibleAsync();
        await box.PressAsync("Escape");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(options.First).ToBeHiddenAsync();

        await box.PressAsync("ArrowDown"); // opens it again
        await Assertions.Expect(options.First).ToBeVisibleAsync();
        var kinds = await page.Locator("[role=listbox] [role=option]").EvaluateAllAsync<string[]>("els => els.map(e => e.className)");
        var term = Array.FindIndex(kinds, k => k.Contains("suggest-option--term"));
        Assert.True(term >= 0, string.Join(",", kinds));
        for (var i = 0; i <= term; i++) await box.PressAsync("ArrowDown");
        await Assertions.Expect(options.Nth(term)).ToHaveAttributeAsync("aria-selected", "true");
        var text = (await options.Nth(term).Locator(".suggest-option__text").TextContentAsync())!;
        await box.PressAsync("Enter");
        // The results form also sends its 词语位置 choice (within=, empty for 不限).
        await page.WaitForURLAsync(new Regex(@"/search\?q=" + Regex.Escape(Uri.EscapeDataString(text)) + "(&within=)?$"));
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync(text);
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task A_quotation_opens_its_entry()
    {
        Skip.If(BrowserFixture.SkipReason != null, BrowserFixture.SkipReason);
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/quotes");
        var box = page.Locator("#quote-q");
        await box.PressSequentiallyAsync("对干部经常");
        var quote = page.Locator("[role=option].suggest-option--quote").First;
        await Assertions.Expect(quote).ToContainTextAsync("对干部经常开展同志式的谈心谈话");
        var options = await page.Locator("[role=listbox] [role=option]").EvaluateAllAsync<string[]>("els => els.map(e => e.className)");
        var at = Array.FindIndex(options, k => k.Contains("suggest-option--quote"));
        for (var i = 0; i <= at; i++) await box.PressAsync("ArrowDown");
        await box.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex(@"/quotes/[^/?]+$"));
        await Assertions.Expect(page.Locator(".quote-citation__text")).ToContainTextAsync("对干部经常开展同志式的谈心谈话");
        Assert.Empty(errors);
    }
}
