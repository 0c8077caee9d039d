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

    public static TheoryData<string> OddQueries => new()
    {
        "\"政治生态", "OR", "政治 OR", "-", "*", "?", "\\", "title:", "类型:", "year:2019..", "年份:abc..2020",
        "((((", "政治\u0000生态", "\u0001\u0002\u001b[31m", "\ud800政治", "政治\udfff", "<script>alert(1)</script>",
        "%00", "&amp;", "AND AND OR NOT", "\"\"", "-政治生态", new string('政', 5000), string.Concat(Enumerable.Repeat("政治 OR ", 400)),
        "🙂🙂🙂", "title:\"", "type:讲话 type:", "~", "政治^2", "[1 TO 2]", "{", "/", "/.*/",
    };

    [Theory]
    [MemberData(nameof(OddQueries))]
    public async Task Odd_queries_never_fail(string q)
    {
        foreach (var url in new[] { "/search?q=" + Enc(q), "/api/search?q=" + Enc(q), "/documents/" + PortalFactory.SeedId + "?q=" + Enc(q) })
        {
            var response = await _client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url[..Math.Min(80, url.Length)]} → {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Exception", body);
            Assert.DoesNotContain("   at ", body);
        }
    }

    [Theory]
    [InlineData("page=-1")]
    [InlineData("page=0")]
    [InlineData("page=1000000000")]
    [InlineData("page=abc")]
    [InlineData("size=-5")]
    [InlineData("size=100000")]
    [InlineData("size=x")]
    [InlineData("sort=sideways")]
    [InlineData("type=不存在的类型")]
    [InlineData("year=1066&year=abc")]
    [InlineData("expand=maybe")]
    [InlineData("q=%ED%A0%80")]
    [InlineData("q=%FF%FE")]
    public async Task Odd_parameters_are_clamped_or_ignored(string query)
    {
        var (response, page) = await _client.GetPageAsync("/search?q=" + Enc("政治") + "&" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".results-summary, .notice, .empty-state"));
        var api = await _client.GetAsync("/api/search?q=" + Enc("政治") + "&" + query);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        var size = json.RootElement.GetProperty("size").GetInt32();
        Assert.InRange(size, 10, 50);
        Assert.InRange(json.RootElement.GetProperty("page").GetInt32(), 1, 1000);
    }

    [Fact]
    public async Task A_query_longer_than_the_limit_is_cut_with_a_notice()
    {
        var q = "政治生态 " + new string('严', 3000);
        var (response, page) = await _client.GetPageAsync("/search?q=" + Enc(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("查询过长", page.QuerySelector(".notice")!.TextContent);
        Assert.Equal(1000, page.QuerySelector("input#q")!.GetAttribute("value")!.Length);
    }
}
