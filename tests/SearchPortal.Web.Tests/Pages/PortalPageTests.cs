using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The pages and API over an index the site built itself from corpus/ + TestCorpus/ at start-up.</summary>
[Collection(PortalCollection.Name)]
public sealed class PortalPageTests(PortalFactory factory)
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
    public async Task Passages_contain_no_markup_but_mark_and_document_markup_comes_back_encoded()
    {
        var (_, page) = await _client.GetPageAsync("/search?q=" + Enc("政治生态") + "&size=50");
        var texts = page.QuerySelectorAll(".passage__text");
        Assert.NotEmpty(texts);
        foreach (var t in texts)
            Assert.All(t.QuerySelectorAll("*"), e => Assert.Equal("MARK", e.TagName));

        // The XSS document: its text holds <script>, onerror= and onmouseover=; all must come back as text.
        var xss = page.QuerySelectorAll(".hit").Single(h => h.QuerySelector(".hit__title a")!.GetAttribute("href")!.Contains(Enc("脚本注入测试.txt")));
        Assert.Contains("<script>", xss.QuerySelector(".passages")!.TextContent);
        Assert.Single(page.QuerySelectorAll("script"));   // only /js/site.js
        Assert.Empty(page.QuerySelectorAll("img, b, [onerror], [onmouseover]"));
    }

    [Fact]
    public async Task Document_page_with_query_marks_terms_and_keeps_markup_as_text()
    {
        var (response, page) = await _client.GetPageAsync("/documents/" + string.Join('/', PortalFactory.XssId.Split('/').Select(Enc)) + "?q=" + Enc("政治生态"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<script>alert('body')</script>", page.QuerySelector(".document__body")!.TextContent);
        Assert.Contains("onerror=alert(3)", page.QuerySelector(".document__body")!.TextContent);
        Assert.Single(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("img, b, [onerror], [onmouseover]"));
        var marks = page.QuerySelectorAll(".document__body mark");
        Assert.NotEmpty(marks);
        Assert.All(page.QuerySelectorAll(".document__body .para p *"), e => Assert.Equal("MARK", e.TagName));
    }

    [Fact]
    public async Task Seed_document_page_has_numbered_paragraph_anchors_metadata_and_citations()
    {
        var (response, page) = await _client.GetPageAsync("/documents/" + PortalFactory.SeedId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paras = page.QuerySelectorAll(".document__body .para");
        Assert.True(paras.Length > 10);
        Assert.All(paras, p => Assert.Matches(@"^p-\d+$", p.Id!));
        Assert.Equal(paras.Length, paras.Select(p => p.Id).Distinct().Count());
        Assert.NotNull(page.QuerySelector(".metadata dl"));
        var cite = page.QuerySelector(".para .cite-button")!.GetAttribute("data-cite")!;
        Assert.StartsWith("“", cite);
        Assert.Contains("）", cite);
        var title = page.QuerySelector("h1#doc-title")!.TextContent;
        Assert.Contains($"《{title.Trim()}》", cite);
        Assert.Empty(page.QuerySelectorAll(".document__body mark"));   // no ?q=, nothing marked
    }

    [Fact]
    public async Task Document_metadata_is_labelled_with_the_facet_catalogue_and_topics_link_to_their_filter()
    {
        var (_, page) = await _client.GetPageAsync("/documents/" + PortalFactory.SeedId);
        var labels = page.QuerySelectorAll(".metadata dt").Select(d => d.TextContent).ToList();
        foreach (var field in new[] { FacetCatalog.Type, FacetCatalog.Level, FacetCatalog.Role, FacetCatalog.Occasion, FacetCatalog.Topic })
            Assert.Contains(FacetCatalog.Default.Label(field), labels);
        var topic = page.QuerySelector(".metadata a.topic")!;
        Assert.Equal("/search?topic=" + Enc(topic.TextContent), topic.GetAttribute("href"));
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

    [Theory]
    [InlineData("/documents/does/not/exist.txt")]
    [InlineData("/documents/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/documents/..%2f..%2fetc%2fpasswd")]
    [InlineData("/documents/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd")]
    [InlineData("/documents/speeches/..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/documents/%252e%252e%252fetc%252fpasswd")]
    [InlineData("/documents/..%5c..%5cetc%5cpasswd")]
    [InlineData("/documents//etc/passwd")]
    [InlineData("/documents/%2Fetc%2Fpasswd")]
    [InlineData("/documents/speeches/000_5847f394c549e8c0.txt%2500")]
    [InlineData("/documents/speeches/.%2F000_5847f394c549e8c0.txt")]
    public async Task Unknown_or_traversal_document_ids_are_a_friendly_404(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("root:", body);
        Assert.Contains("找不到", body);
    }

    [Fact]
    public async Task Dot_segments_in_a_raw_request_line_never_reach_a_file()
    {
        // HttpClient would normalise "../"; send the raw path through the test server as a browser-bypassing client could.
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_client.BaseAddress!, "/documents/x"));
        request.RequestUri = new Uri(_client.BaseAddress + "documents/../../etc/passwd", UriKind.Absolute);
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Api_search_has_the_documented_shape()
    {
        var response = await _client.GetAsync("/api/search?q=" + Enc("政治生态") + "&size=20");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.True(root.GetProperty("total").GetInt32() > 1);
        Assert.True(root.GetProperty("took_ms").GetInt64() >= 0);
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(20, root.GetProperty("size").GetInt32());
        Assert.True(root.TryGetProperty("notice", out _));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("expanded").ValueKind);
        var hit = root.GetProperty("hits")[0];
        foreach (var name in new[] { "id", "title", "type", "year", "level", "role", "topics", "score", "passages" })
            Assert.True(hit.TryGetProperty(name, out _), $"hit has {name}");
        var passage = root.GetProperty("hits").EnumerateArray().SelectMany(h => h.GetProperty("passages").EnumerateArray()).First();
        Assert.True(passage.GetProperty("ordinal").GetInt32() > 0);
        Assert.True(passage.TryGetProperty("heading_path", out _));
        Assert.Contains("<mark>", passage.GetProperty("html").GetString());
        foreach (var facet in new[] { "type", "year", "level", "role", "topic", "occasion" })
            Assert.True(root.GetProperty("facets").TryGetProperty(facet, out _) || facet != "type", $"facet {facet}");
        var typeValue = root.GetProperty("facets").GetProperty("type")[0];
        Assert.True(typeValue.TryGetProperty("value", out _) && typeValue.TryGetProperty("count", out _) && typeValue.TryGetProperty("selected", out _));
    }

    [Fact]
    public async Task Api_search_accepts_repeated_facet_parameters()
    {
        using var all = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=" + Enc("政治生态")));
        var types = all.RootElement.GetProperty("facets").GetProperty("type").EnumerateArray()
            .Select(v => (Value: v.GetProperty("value").GetString()!, Count: v.GetProperty("count").GetInt32())).Take(2).ToList();
        Assert.Equal(2, types.Count);
        using var two = JsonDocument.Parse(await _client.GetStringAsync(
            $"/api/search?q={Enc("政治生态")}&type={Enc(types[0].Value)}&type={Enc(types[1].Value)}"));
        Assert.Equal(types[0].Count + types[1].Count, two.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Api_document_similar_and_errors_are_json()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/api/documents/" + PortalFactory.SeedId));
        Assert.Equal(PortalFactory.SeedId, doc.RootElement.GetProperty("id").GetString());
        Assert.True(doc.RootElement.GetProperty("paragraphs").GetArrayLength() > 10);
        Assert.False(doc.RootElement.TryGetProperty("original", out _));

        var similar = await _client.GetAsync("/api/documents/" + PortalFactory.SeedId + "/similar");
        Assert.Equal(HttpStatusCode.OK, similar.StatusCode);
        using var s = JsonDocument.Parse(await similar.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Array, s.RootElement.GetProperty("similar").ValueKind);
        var alias = await _client.GetAsync("/api/similar?id=" + Enc(PortalFactory.SeedId));
        Assert.Equal(HttpStatusCode.OK, alias.StatusCode);

        foreach (var url in new[] { "/api/documents/nope.txt", "/api/documents/..%2f..%2fetc%2fpasswd", "/api/similar?id=../../etc/passwd", "/api/nothing/here" })
        {
            var r = await _client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
            Assert.Equal("application/json", r.Content.Headers.ContentType?.MediaType);
            using var e = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
            Assert.False(string.IsNullOrEmpty(e.RootElement.GetProperty("error").GetString()));
        }
    }

    [Fact]
    public async Task Healthz_reports_documents_and_last_commit()
    {
        var response = await _client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.True(json.RootElement.GetProperty("documents").GetInt32() >= 7);
        Assert.NotEqual(JsonValueKind.Null, json.RootElement.GetProperty("last_commit").ValueKind);
    }

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
