using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>GET /api/suggest over the index the site built from tests/fixtures/corpus/ + TestCorpus/.</summary>
[Collection(PortalCollection.Name)]
public sealed class SuggestApiTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<JsonElement> Suggest(string query)
    {
        var response = await _client.GetAsync("/api/suggest?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("suggestions").Clone();
    }

    [Fact]
    public async Task Suggest_has_the_documented_shape()
    {
        var list = await Suggest("纪律处分");
        var title = list.EnumerateArray().First(s => s.GetProperty("kind").GetString() == "title");
        Assert.StartsWith("中国共产党纪律处分条例", title.GetProperty("text").GetString());
        var id = title.GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/documents/" + id)).StatusCode);
        var term = list.EnumerateArray().First(s => s.GetProperty("kind").GetString() == "term");
        Assert.Equal(JsonValueKind.Null, term.GetProperty("id").ValueKind);
        Assert.InRange(list.GetArrayLength(), 1, SearchLimits.Default.MaxSuggestions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("，。、")]
    [InlineData("\u0000\u0001")]
    [InlineData("\ud800")]
    public async Task Empty_or_meaningless_input_is_an_empty_list(string query) =>
        Assert.Equal(0, (await Suggest(query)).GetArrayLength());

    [Theory]
    [InlineData("a:b\"(")]
    [InlineData("*?\\")]
    [InlineData("中国共产党")]
    [InlineData("ｚ")]
    public async Task Odd_input_never_fails(string query) =>
        Assert.True((await Suggest(query)).GetArrayLength() >= 0);

    [Fact]
    public async Task No_q_and_a_very_long_q_are_answered()
    {
        using var none = JsonDocument.Parse(await _client.GetStringAsync("/api/suggest"));
        Assert.Equal(0, none.RootElement.GetProperty("suggestions").GetArrayLength());
        var response = await _client.GetAsync("/api/suggest?q=" + new string('纪', 5000));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
