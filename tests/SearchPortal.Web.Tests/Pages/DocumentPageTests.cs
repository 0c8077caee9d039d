using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The document page: paragraphs, anchors, metadata, citations; only ids in the index are served. Over the index the site built itself from tests/fixtures/corpus/ + TestCorpus/ at start-up.</summary>
[Collection(PortalCollection.Name)]
public sealed class DocumentPageTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private static string Enc(string s) => Uri.EscapeDataString(s);

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
