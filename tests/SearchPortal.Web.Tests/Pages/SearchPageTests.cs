using System.Net;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The home page and the results page: search, passages, facets, paging, sorting, expansion. Over the index the site built itself from tests/fixtures/corpus/ + TestCorpus/ at start-up.</summary>
[Collection(PortalCollection.Name)]
public sealed class SearchPageTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private static string Enc(string s) => Uri.EscapeDataString(s);

    [Fact]
    public async Task Home_shows_search_box_and_corpus_figures()
    {
        var (response, page) = await _client.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var box = page.QuerySelector("input#home-q")!;
        Assert.True(box.HasAttribute("autofocus"));
        Assert.NotNull(page.QuerySelector("label[for=home-q]"));
        var documents = page.QuerySelectorAll(".figures dd")[0].TextContent.Replace(",", "");
        Assert.True(int.Parse(documents) >= 7, $"documents shown: {documents}");
        Assert.NotEmpty(page.QuerySelectorAll(".doc-list a[href^='/documents/']"));
    }

    [Fact]
    public async Task Search_finds_the_seed_with_marked_passages_linking_to_paragraphs()
    {
        var (response, page) = await _client.GetPageAsync("/search?q=" + Enc("政治生态"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("政治生态", page.QuerySelector("input#q")!.GetAttribute("value"));
        Assert.True(page.Total() > 1);
        var seed = page.QuerySelectorAll(".hit").FirstOrDefault(h =>
            h.QuerySelector(".hit__title a")!.GetAttribute("href")!.StartsWith("/documents/speeches/000_5847f394c549e8c0.txt"));
        Assert.NotNull(seed);
        var passages = seed!.QuerySelectorAll(".passage");
        Assert.NotEmpty(passages);
        Assert.Contains(passages, p => p.QuerySelectorAll("mark").Any(m => m.TextContent.Contains("政治") || m.TextContent.Contains("生态")));
        Assert.All(passages, p => Assert.Matches(@"^/documents/speeches/000_5847f394c549e8c0\.txt\?q=.+#p-\d+$",
            p.QuerySelector("a.passage__where")!.GetAttribute("href")!));
    }

    [Fact]
    public async Task Ticking_a_type_facet_narrows_the_results_and_its_chip_removes_it()
    {
        var (_, all) = await _client.GetPageAsync("/search?q=" + Enc("政治生态"));
        var total = all.Total();
        var boxes = all.QuerySelectorAll(".facet[data-facet=type] input[type=checkbox]");
        Assert.True(boxes.Length >= 2, "the test corpus has several document types among the hits");
        var box = boxes.First();
        var value = box.GetAttribute("value")!;
        var count = int.Parse(box.ParentElement!.QuerySelector(".count")!.TextContent.Replace(",", ""));
        Assert.True(count < total);

        var (_, narrowed) = await _client.GetPageAsync("/search?q=" + Enc("政治生态") + "&type=" + Enc(value));
        Assert.Equal(count, narrowed.Total());
        Assert.True(narrowed.QuerySelector($".facet[data-facet=type] input[value='{value}']")!.HasAttribute("checked"));
        Assert.All(narrowed.QuerySelectorAll(".hit .badge--type"), b => Assert.Equal(value, b.TextContent));

        var chip = narrowed.QuerySelector(".constraints a.chip")!;
        Assert.Contains(value, chip.TextContent);
        var (_, back) = await _client.GetPageAsync(chip.GetAttribute("href")!);
        Assert.Equal(total, back.Total());
        Assert.Null(back.QuerySelector(".constraints"));
    }

    [Fact]
    public async Task No_results_says_so_and_keeps_the_filters_visible()
    {
        var (response, page) = await _client.GetPageAsync("/search?q=" + Enc("量子色动力学") + "&type=" + Enc("讲话"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, page.Total());
        Assert.Contains("没有找到", page.QuerySelector(".empty-state h1")!.TextContent);
        Assert.NotNull(page.QuerySelector(".constraints a.chip"));
        Assert.NotNull(page.QuerySelector(".facet[data-facet=type] input[value='讲话'][checked]"));
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
}
