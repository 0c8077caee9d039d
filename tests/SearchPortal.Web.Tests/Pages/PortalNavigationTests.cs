using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>
/// The same site as <see cref="PortalPageTests"/>: security headers and script-free pages, paging, expansions,
/// sorting, folding facets and odd file names (split from PortalPageTests to keep files under 300 lines).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PortalNavigationTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private static string Enc(string s) => Uri.EscapeDataString(s);

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=%E6%94%BF%E6%B2%BB")]
    [InlineData("/documents/speeches/000_5847f394c549e8c0.txt")]
    [InlineData("/documents/missing.txt")]
    [InlineData("/api/search?q=x")]
    [InlineData("/css/site.css")]
    [InlineData("/healthz")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await _client.GetAsync(url);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.NotEmpty(response.Headers.GetValues("Referrer-Policy"));
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style_or_event_handlers()
    {
        foreach (var url in new[] { "/", "/search?q=" + Enc("政治生态"), "/documents/" + PortalFactory.SeedId + "?q=" + Enc("政治"), "/nowhere" })
        {
            var (_, page) = await _client.GetPageAsync(url);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), url));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on")));
            Assert.Empty(page.QuerySelectorAll("link[href^='http'], script[src^='http']"));   // no CDN
        }
    }

    [Fact]
    public async Task Paging_and_page_size_are_in_the_url()
    {
        var (_, first) = await _client.GetPageAsync("/search?q=" + Enc("党") + "&size=10");
        var total = first.Total();
        Assert.True(total > 0);
        Assert.True(first.QuerySelectorAll(".hit").Length <= 10);
        Assert.NotNull(first.QuerySelector("#size option[value='10'][selected]"));
        if (total > 10)
        {
            var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
            Assert.Contains("page=2", next);
            var (_, second) = await _client.GetPageAsync(next);
            Assert.Equal("2", second.QuerySelector(".pager [aria-current=page]")!.TextContent);
            var firstIds = first.QuerySelectorAll(".hit__title a").Select(a => a.GetAttribute("href")).ToHashSet();
            Assert.DoesNotContain(second.QuerySelectorAll(".hit__title a").Select(a => a.GetAttribute("href")), firstIds.Contains);
        }
    }

    [Fact]
    public async Task Abbreviation_expansion_is_shown_and_can_be_turned_off()
    {
        var (_, expanded) = await _client.GetPageAsync("/search?q=" + Enc("四风"));
        var notice = expanded.QuerySelector(".notice--expanded")!;
        Assert.Contains("同时搜索了", notice.TextContent);
        Assert.Contains("形式主义", notice.TextContent);
        var off = notice.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Contains("expand=0", off);

        var (_, literal) = await _client.GetPageAsync(off);
        Assert.Contains("已关闭", literal.QuerySelector(".notice--expanded")!.TextContent);
        Assert.True(literal.Total() <= expanded.Total());
        // The facet and sort forms keep expansion off.
        Assert.NotNull(literal.QuerySelector(".facet-form input[name=expand][value='0']"));
        Assert.NotNull(literal.QuerySelector(".results-tools input[name=expand][value='0']"));
    }

    [Fact]
    public async Task Sorting_by_date_is_in_the_url_and_orders_the_hits()
    {
        var (_, page) = await _client.GetPageAsync("/search?q=" + Enc("党") + "&sort=newest&size=50");
        Assert.NotNull(page.QuerySelector("#sort option[value=newest][selected]"));
        var years = page.QuerySelectorAll(".hit").Select(h => h.QuerySelector(".badge--year")?.TextContent).Where(y => y != null).Select(y => y![..4]).ToList();
        Assert.Equal(years.OrderByDescending(y => y, StringComparer.Ordinal), years);
    }

    [Fact]
    public async Task Year_histogram_bars_filter_by_year_and_long_facets_fold_behind_more()
    {
        var (_, page) = await _client.GetPageAsync("/search?q=" + Enc("党"));
        var total = page.Total();
        var bars = page.QuerySelectorAll(".histogram a.histogram__bar");
        Assert.True(bars.Length >= 2, "several years among the hits");
        var bar = bars.Last();
        var year = bar.GetAttribute("href")!.Split("year=")[1];
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(bar.GetAttribute("aria-label")!, @"(\d+) 篇").Groups[1].Value);
        var (_, narrowed) = await _client.GetPageAsync(bar.GetAttribute("href")!);
        Assert.Equal(count, narrowed.Total());
        Assert.True(count < total);
        Assert.Contains(year, narrowed.QuerySelector(".constraints a.chip")!.TextContent);
        Assert.NotNull(narrowed.QuerySelector(".histogram a.histogram__bar.is-selected"));

        // More than six values: the rest sit in a closed <details> "更多".
        var longFacet = page.QuerySelectorAll(".facet").First(f => f.QuerySelectorAll("input[type=checkbox]").Length > 6);
        var more = longFacet.QuerySelector("details.facet__more")!;
        Assert.False(more.HasAttribute("open"));
        Assert.Contains("更多", more.QuerySelector("summary")!.TextContent);
        Assert.Equal(6, longFacet.QuerySelectorAll(":scope > .facet__values input").Length);
    }

    [Fact]
    public async Task File_names_with_spaces_hash_and_full_width_brackets_link_and_open()
    {
        var (_, page) = await _client.GetPageAsync("/search?q=" + Enc("澄清正名"));
        var href = page.QuerySelectorAll(".hit__title a").Select(a => a.GetAttribute("href")!)
            .Single(h => h.Contains(Enc("你问我答 澄清正名#1（依据和程序）.md")));
        Assert.DoesNotContain("#", href.Split('?')[0]);   // '#' is escaped, not a fragment
        var (response, doc) = await _client.GetPageAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("qa/你问我答 澄清正名#1（依据和程序）.md", doc.QuerySelector(".metadata__id")!.TextContent);
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/documents/" + string.Join('/', "qa/你问我答 澄清正名#1（依据和程序）.md".Split('/').Select(Enc))));
        Assert.Equal("qa/你问我答 澄清正名#1（依据和程序）.md", json.RootElement.GetProperty("id").GetString());
    }
}
