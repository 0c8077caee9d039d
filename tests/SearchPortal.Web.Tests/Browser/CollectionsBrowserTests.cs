using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SearchPortal.Web.Tests.Browser;

/// <summary>
/// A writer in a real browser: saves a quotation and a paragraph through the 收藏 dialog (collections.js), then puts the
/// paragraph first with the keyboard on the collection page; the order survives a reload.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
[Collection(BrowserCollection.Name)]
public sealed class CollectionsBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Save_through_the_dialog_and_reorder_with_the_keyboard()
    {
        Skip.If(BrowserFixture.SkipReason != null, BrowserFixture.SkipReason);
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;

        await page.GotoAsync("/quotes?q=" + Uri.EscapeDataString("上级一把手"));
        var card = page.Locator(".quote", new() { HasText = "上级对下级尤其是上级一把手" }).First;
        await card.Locator("a[data-save]").ClickAsync();
        var dialog = page.Locator("dialog.save-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await dialog.Locator("#save-dialog-new").FillAsync("浏览器收藏");
        await dialog.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(dialog.Locator(".save-dialog__status")).ToHaveTextAsync("已收藏到“浏览器收藏”。");
        await dialog.Locator(".save-dialog__cancel").ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        Assert.EndsWith("/quotes?q=" + Uri.EscapeDataString("上级一把手"), page.Url); // stayed on the page

        await page.GotoAsync("/documents/speeches/000_5847f394c549e8c0.txt");
        var para = page.Locator(".para", new() { HasText = "二是自身有责任" });
        await para.Locator("a[data-save]").ClickAsync();
        // The existing collection is offered and chosen.
        await Assertions.Expect(dialog.Locator("input[name=collection]:checked")).ToHaveAttributeAsync("data-name", "浏览器收藏");
        await dialog.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(dialog.Locator(".save-dialog__status")).ToHaveTextAsync("已收藏到“浏览器收藏”。");
        await ShotAsync(page, "collections-save-dialog", fullPage: false);
        await page.Keyboard.PressAsync("Escape");

        await page.GotoAsync("/collections");
        await page.Locator(".collection-list a", new() { HasText = "浏览器收藏" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/collections/\d+$"));
        var items = page.Locator(".collection-item__text");
        await Assertions.Expect(items).ToHaveCountAsync(2);
        await Assertions.Expect(items.First).ToContainTextAsync("习近平总书记指出：“上级对下级");

        var handle = page.Locator(".collection-item").Nth(1).Locator(".collection-item__handle");
        await handle.FocusAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(page.Locator(".collection-page .toast")).ToHaveTextAsync("已移到第 1 条");
        await page.ReloadAsync();
        await Assertions.Expect(items.First).ToContainTextAsync("二是自身有责任");
        await ShotAsync(page, "collections-page");
        Assert.Empty(errors);
    }

    private async Task ShotAsync(IPage page, string name, bool fullPage = true)
    {
        var path = Path.Combine(BrowserFixture.ArtifactsPath, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        output.WriteLine("screenshot: " + path);
    }
}
