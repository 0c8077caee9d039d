using System.Net;
using System.Text.Json;
using SearchPortal.Core.Quotes;
using SearchPortal.Web.Services;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The quotation finder in the site (/api/quotes, /quotes, /quotes/{key}, marks on the document page), on the seed.</summary>
[Collection(PortalCollection.Name)]
public sealed class QuotesPageTests(PortalFactory factory)
{
    private const string TalkQuote = "对干部经常开展同志式的谈心谈话";
    private const string SupervisionQuote = "上级对下级尤其是上级一把手对下级一把手的监督最管用、最有效。";
    private const string Classical = "治其本,朝令而夕从;救其末,百世不改也。";
    private const string SeedTitle = "副县长在集体政治谈话会上的讲话稿";

    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private static string Enc(string s) => Uri.EscapeDataString(s);

    private async Task<JsonElement> ApiAsync(string query)
    {
        var response = await _client.GetAsync("/api/quotes?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static IEnumerable<JsonElement> Hits(JsonElement r) => r.GetProperty("hits").EnumerateArray();

    [Fact]
    public async Task Api_finds_the_seeds_leader_quotation_by_words_with_its_source_and_citation()
    {
        var r = await ApiAsync("q=" + Enc("谈心谈话"));
        Assert.True(r.GetProperty("total").GetInt32() >= 1);
        var hit = Hits(r).Single(h => h.GetProperty("text").GetString()!.StartsWith(TalkQuote));
        Assert.Equal("习近平", hit.GetProperty("who").GetString());
        Assert.Equal("leader", hit.GetProperty("kind").GetString());
        Assert.True(hit.GetProperty("count").GetInt32() >= 1);
        var source = hit.GetProperty("sources").EnumerateArray().First();
        Assert.Equal(PortalFactory.SeedId, source.GetProperty("id").GetString());
        Assert.Equal(SeedTitle, source.GetProperty("title").GetString());
        Assert.True(source.GetProperty("ordinal").GetInt32() > 0);
        var citation = hit.GetProperty("citation").GetString()!;
        Assert.StartsWith("习近平总书记指出：“" + TalkQuote, citation);
        Assert.EndsWith($"”（《{SeedTitle}》）", citation);
    }

    [Fact]
    public async Task Who_filter_keeps_only_that_speaker_and_accepts_an_alias()
    {
        var all = await ApiAsync("size=50");
        var leader = await ApiAsync("who=" + Enc("习近平") + "&size=50");
        Assert.InRange(leader.GetProperty("total").GetInt32(), 2, all.GetProperty("total").GetInt32() - 1);
        Assert.All(Hits(leader), h => Assert.Equal("习近平", h.GetProperty("who").GetString()));
        Assert.Contains(Hits(leader), h => h.GetProperty("text").GetString() == SupervisionQuote);
        var count = all.GetProperty("facets").GetProperty("who").EnumerateArray()
            .Single(v => v.GetProperty("value").GetString() == "习近平").GetProperty("count").GetInt32();
        Assert.Equal(count, leader.GetProperty("total").GetInt32());

        var nobody = await ApiAsync("who=" + Enc("不存在的人"));
        Assert.Equal(0, nobody.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Kind_classical_finds_the_classical_saying_only()
    {
        var r = await ApiAsync("kind=classical&size=50");
        Assert.Contains(Hits(r), h => h.GetProperty("text").GetString() == Classical);
        Assert.All(Hits(r), h => Assert.Equal("classical", h.GetProperty("kind").GetString()));
        Assert.DoesNotContain(Hits(r), h => h.GetProperty("text").GetString() == SupervisionQuote);
    }

    [Theory]
    [InlineData("四风")]
    [InlineData("两个维护")]
    [InlineData("牛鼻子")]
    [InlineData("最后一公里")]
    [InlineData("刁民")]
    public async Task Terms_in_quotation_marks_are_not_quotations(string term)
    {
        var all = await ApiAsync("size=50");
        Assert.True(all.GetProperty("total").GetInt32() >= 4);
        Assert.DoesNotContain(Hits(all), h => QuoteKey.Normalize(h.GetProperty("text").GetString()!) == QuoteKey.Normalize(term));
        var r = await ApiAsync("q=" + Enc(term) + "&size=50");
        Assert.DoesNotContain(Hits(r), h => h.GetProperty("text").GetString()!.Length <= term.Length + 2);
    }

    [Fact]
    public async Task Sort_by_count_orders_by_usage()
    {
        var r = await ApiAsync("sort=count&size=50");
        var counts = Hits(r).Select(h => h.GetProperty("count").GetInt32()).ToList();
        Assert.NotEmpty(counts);
        Assert.Equal(counts.OrderByDescending(c => c), counts);
    }

    [Fact]
    public async Task Quotes_page_shows_the_quotation_with_attribution_sources_and_copy_data()
    {
        var (response, page) = await _client.GetPageAsync("/quotes?q=" + Enc("谈心谈话"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("谈心谈话", page.QuerySelector("input#quote-q")!.GetAttribute("value"));
        var card = page.QuerySelectorAll(".quote").Single(q => q.QuerySelector(".quote__text")!.TextContent.Contains(TalkQuote));
        Assert.NotEmpty(card.QuerySelectorAll(".quote__text mark"));
        Assert.Equal("习近平", card.QuerySelector(".quote__who")!.TextContent.Trim());
        Assert.Equal("领导人讲话", card.QuerySelector(".badge--kind")!.TextContent.Trim());
        Assert.Matches(@"^\d+ 篇文档引用$", card.QuerySelector(".quote__count")!.TextContent.Trim());
        var source = card.QuerySelector(".quote__sources a")!;
        Assert.Matches(@"^/documents/speeches/000_5847f394c549e8c0\.txt#p-\d+$", source.GetAttribute("href")!);
        Assert.Equal(SeedTitle, source.TextContent.Trim());
        var copy = card.QuerySelector("button[data-quote-copy]")!;
        Assert.Equal("复制", copy.TextContent.Trim());
        var cite = copy.GetAttribute("data-quote-copy")!;
        Assert.StartsWith("习近平总书记指出：“" + TalkQuote, cite);
        Assert.EndsWith($"（《{SeedTitle}》）", cite);
        Assert.NotNull(page.QuerySelector("script[src^='/js/site.js']"));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
    }

    [Fact]
    public async Task Filter_links_narrow_the_page_and_a_chip_removes_the_filter()
    {
        var (_, all) = await _client.GetPageAsync("/quotes");
        var total = all.Total();
        var kindLink = all.QuerySelector(".facet[data-facet=kind] a[data-value=leader]")!;
        var expected = int.Parse(kindLink.QuerySelector(".count")!.TextContent);
        var (_, narrowed) = await _client.GetPageAsync(kindLink.GetAttribute("href")!);
        Assert.Equal(expected, narrowed.Total());
        Assert.True(expected < total, $"{expected} of {total}");
        Assert.All(narrowed.QuerySelectorAll(".quote"), q => Assert.Equal("leader", q.GetAttribute("data-kind")));
        var chip = narrowed.QuerySelector(".constraints a.chip")!;
        Assert.Contains("领导人讲话", chip.TextContent);
        var (_, back) = await _client.GetPageAsync(chip.GetAttribute("href")!);
        Assert.Equal(total, back.Total());
    }

    [Fact]
    public async Task Quotation_facets_are_keyed_by_the_catalogue_url_keys_and_every_kind_has_the_contract_label()
    {
        var r = await ApiAsync("size=50");
        var keys = FacetCatalog.Default.Quotes.Select(f => f.UrlKey).ToList();
        Assert.Equal(["who", "kind"], keys);
        Assert.Equal(keys.Order(), r.GetProperty("facets").EnumerateObject().Select(p => p.Name).Order());

        var (_, page) = await _client.GetPageAsync("/quotes");
        var kindFacet = FacetCatalog.Default.Find(FacetCatalog.QuoteKind)!;
        Assert.Equal(kindFacet.Label, page.QuerySelector(".facet[data-facet=kind] .quote-facet__title")!.TextContent);
        var links = page.QuerySelectorAll(".facet[data-facet=kind] a[data-value]");
        Assert.Equal(4, links.Length);   // the test corpus has quotations of every kind
        foreach (var link in links)
        {
            Assert.True(QuoteKinds.TryParse(link.GetAttribute("data-value"), out var kind));
            Assert.Equal(kind.Label(), link.QuerySelector(".facet__name")!.TextContent);
            Assert.Contains($"{kindFacet.UrlKey}={kind.ToApi()}", link.GetAttribute("href"));
        }
        Assert.All(page.QuerySelectorAll(".quote .badge--kind"), badge =>
        {
            Assert.True(QuoteKinds.TryParse(badge.Closest(".quote")!.GetAttribute("data-kind"), out var kind));
            Assert.Equal(kind.Label(), badge.TextContent.Trim());
        });
        Assert.Contains(page.QuerySelectorAll(".quote .badge--kind"), b => b.TextContent.Trim() == "其他引文");
    }

    [Fact]
    public async Task Browse_page_lists_most_used_quotations_and_speakers()
    {
        var (response, page) = await _client.GetPageAsync("/quotes");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(page.Total() >= 4);
        var counts = page.QuerySelectorAll(".quotes .quote__count").Select(c => int.Parse(c.GetAttribute("data-count")!)).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        var group = page.QuerySelectorAll(".quote-group h3 a").First(a => a.TextContent == "习近平");
        Assert.Contains("who=", group.GetAttribute("href")!);
        Assert.NotNull(page.QuerySelector(".site-nav a[href='/quotes']"));
    }

    [Fact]
    public async Task Entry_page_lists_every_source_and_unknown_keys_are_404()
    {
        var api = await ApiAsync("q=" + Enc("一把手 监督"));
        var hit = Hits(api).First(h => h.GetProperty("text").GetString() == SupervisionQuote);
        var key = hit.GetProperty("key").GetString()!;
        var (response, page) = await _client.GetPageAsync("/quotes/" + Enc(key));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SupervisionQuote, page.QuerySelector(".quote__text")!.TextContent);
        Assert.Equal(hit.GetProperty("sources").GetArrayLength(), page.QuerySelectorAll(".quote__sources li").Length);
        Assert.Equal(hit.GetProperty("citation").GetString(), page.QuerySelector(".quote-citation__text")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/quotes/" + Enc("没有这条引文"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/quotes/" + Enc("没有这条引文"))).StatusCode);
        var redirect = await _client.GetAsync("/quotes?key=" + Enc(SupervisionQuote));
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/quotes/" + Enc(key), redirect.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Document_page_marks_the_seeds_quotations_linking_to_their_entries()
    {
        var (response, page) = await _client.GetPageAsync("/documents/" + PortalFactory.SeedId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refs = page.QuerySelectorAll(".document__body a.quote-ref");
        Assert.Contains(refs, a => a.TextContent.StartsWith(TalkQuote));
        Assert.Contains(refs, a => a.TextContent == SupervisionQuote);
        Assert.Contains(refs, a => a.TextContent == Classical);
        Assert.DoesNotContain(refs, a => a.TextContent.Length < 8);
        foreach (var a in refs)
        {
            Assert.NotNull(a.QuerySelector("q"));
            Assert.Equal("/quotes/" + Enc(a.GetAttribute("data-key")!), a.GetAttribute("href"));
            var para = a.Closest(".para")!;
            Assert.StartsWith("p-", para.Id);
        }
        // The side panel lists them and links to the paragraph.
        Assert.Equal(refs.Select(a => a.GetAttribute("data-key")).Distinct().Count(), page.QuerySelectorAll(".doc-quotes li").Length);
        // With query terms, marks and quotation links coexist.
        var (_, marked) = await _client.GetPageAsync("/documents/" + PortalFactory.SeedId + "?q=" + Enc("谈心谈话"));
        Assert.Contains(marked.QuerySelectorAll("a.quote-ref mark"), m => m.TextContent == "谈心谈话");
    }

    [Theory]
    [InlineData("/quotes?q=%22%22%22((((")]
    [InlineData("/quotes?q=-&who=%3Cscript%3E&kind=%3Cb%3E&sort=%00&page=-5&size=999999")]
    [InlineData("/quotes?page=99999999999999&size=abc")]
    [InlineData("/quotes?q=A%F0%A0%88%93C*?~^")]
    [InlineData("/api/quotes?q=%22%22%22((((")]
    [InlineData("/api/quotes?q=OR%20AND%20NOT&kind=nonsense&who=%00&page=-1&size=-1")]
    [InlineData("/api/quotes?page=2147483647&size=2147483647")]
    [InlineData("/quotes/%3Cscript%3E")]
    [InlineData("/api/quotes/%20")]
    public async Task Odd_input_never_gives_a_server_error(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url}: {(int)response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("<script>", body);
        if (url.StartsWith("/api/") && response.StatusCode == HttpStatusCode.OK)
            Assert.True(JsonDocument.Parse(body).RootElement.TryGetProperty("hits", out _));
    }

    [Fact]
    public async Task Odd_input_on_the_page_comes_back_encoded()
    {
        var (response, page) = await _client.GetPageAsync("/quotes?q=" + Enc("<img src=x onerror=alert(1)>") + "&who=" + Enc("<b>x</b>"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<img src=x onerror=alert(1)>", page.QuerySelector("input#quote-q")!.GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll("img, b, [onerror]"));
        Assert.Contains("<b>x</b>", page.QuerySelector(".constraints")!.TextContent);
    }

    [Fact]
    public void Marker_encodes_document_text_and_shows_usage_of_shared_quotations()
    {
        var marker = new QuoteMarker(null!);
        const string text = "有人说：“<script>对干部经常开展同志式的谈心谈话</script>”，大家<b>都记得</b>。";
        var occurrence = new QuoteOccurrence { Ordinal = 3, Text = "<script>对干部经常开展同志式的谈心谈话</script>", Key = "k<1>", Who = "习近平总书记", Kind = "leader", Count = 3 };
        var html = Html.Parse("<p>" + ToHtml(marker.Render(text, [occurrence], ["谈心"])) + "</p>");
        Assert.Equal(text.Replace("</script>”", "</script>”3"), html.Body!.TextContent); // count after the closing mark
        Assert.Empty(html.QuerySelectorAll("script, b"));
        var a = html.QuerySelector("a.quote-ref")!;
        Assert.Equal("/quotes/" + Enc("k<1>"), a.GetAttribute("href"));
        Assert.Contains("另有 2 篇文档引用", a.GetAttribute("title"));
        Assert.Equal("谈心", a.QuerySelector("q mark")!.TextContent);
        Assert.Equal("3", html.QuerySelector("sup.quote-ref__count")!.TextContent);
    }

    private static string ToHtml(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var w = new StringWriter();
        content.WriteTo(w, System.Text.Encodings.Web.HtmlEncoder.Default);
        return w.ToString();
    }
}
