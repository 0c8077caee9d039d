using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The JSON API and /healthz: documented shapes, repeated facet parameters, JSON errors. Over the index the site built itself from tests/fixtures/corpus/ + TestCorpus/ at start-up.</summary>
[Collection(PortalCollection.Name)]
public sealed class JsonApiTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private static string Enc(string s) => Uri.EscapeDataString(s);

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

        // count is clamped to 1..MaxSimilarDocuments; the default is SimilarDocuments (the page's panel).
        var limits = SearchLimits.Default;
        async Task<int> Similar(string count) => JsonDocument.Parse(await _client.GetStringAsync(
            "/api/similar?id=" + Enc(PortalFactory.SeedId) + count)).RootElement.GetProperty("similar").GetArrayLength();
        Assert.Equal(limits.SimilarDocuments, await Similar(""));        // the test corpus has more than 5 other documents
        Assert.Equal(2, await Similar("&count=2"));
        Assert.Equal(1, await Similar("&count=0"));
        Assert.InRange(await Similar("&count=999"), limits.SimilarDocuments + 1, limits.MaxSimilarDocuments);
        Assert.Equal(s.RootElement.GetProperty("similar").GetArrayLength(), await Similar(""));

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
}
