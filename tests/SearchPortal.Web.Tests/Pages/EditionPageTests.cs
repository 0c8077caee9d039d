using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>
/// Editions of a regulation on the site: the 2018 and 2024 texts of 国务院关于经营者集中申报标准的规定 (real documents
/// in TestCorpus/regulations) form a lineage; the API gives status and editions, the old edition's page says it was
/// revised and links to the current one, and 时效性 is a facet of the search page.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class EditionPageTests(PortalFactory factory)
{
    private const string Old = "regulations/国务院关于经营者集中申报标准的规定(2018-09-18).md";
    private const string Current = "regulations/国务院关于经营者集中申报标准的规定(2024-01-22).md";
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private static string Path(string id) => string.Join("/", id.Split('/').Select(Uri.EscapeDataString));

    [Fact]
    public async Task The_document_api_gives_the_status_and_every_edition_oldest_first()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/documents/" + Path(Old)));
        var root = json.RootElement;
        Assert.Equal("已被修订", root.GetProperty("status").GetString());
        var editions = root.GetProperty("editions").EnumerateArray().ToList();
        Assert.Equal([Old, Current], editions.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(["已被修订", "现行有效"], editions.Select(e => e.GetProperty("status").GetString()));
        Assert.Equal(2024, editions[1].GetProperty("year").GetInt32());
        Assert.All(editions, e => Assert.Contains("经营者集中申报标准", e.GetProperty("title").GetString()));

        using var speech = JsonDocument.Parse(await _client.GetStringAsync("/api/documents/" + Path(PortalFactory.SeedId)));
        Assert.Equal(JsonValueKind.Null, speech.RootElement.GetProperty("status").ValueKind);
        Assert.Equal(0, speech.RootElement.GetProperty("editions").GetArrayLength());
    }

    [Fact]
    public async Task An_old_edition_says_it_was_revised_and_links_to_the_current_one()
    {
        var (response, page) = await _client.GetPageAsync("/documents/" + Path(Old));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = page.QuerySelector(".notice--superseded")!;
        Assert.Contains("本版本已被 2024 年版修订", notice.TextContent.Replace("\n", " "));
        Assert.Equal("/documents/" + Path(Current), notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(2, page.QuerySelectorAll(".editions__list li").Length);
        Assert.Contains("本版本", page.QuerySelector(".editions__item--this")!.TextContent);

        var (_, current) = await _client.GetPageAsync("/documents/" + Path(Current));
        Assert.Null(current.QuerySelector(".notice--superseded"));
        Assert.Equal("现行有效", current.QuerySelector(".editions__status .status")!.TextContent);
    }

    [Fact]
    public async Task The_search_page_counts_and_filters_by_validity()
    {
        var (_, page) = await _client.GetPageAsync("/search?q=" + Uri.EscapeDataString("经营者集中申报标准"));
        var facet = page.QuerySelector("fieldset[data-facet=status]")!;
        Assert.Contains("时效性", facet.QuerySelector("legend")!.TextContent);
        Assert.Contains("已被修订", facet.TextContent);

        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("经营者集中申报标准") + "&status=" + Uri.EscapeDataString("已被修订")));
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal([Old], hits.Select(h => h.GetProperty("id").GetString()));
        Assert.Equal("已被修订", hits[0].GetProperty("status").GetString());
    }
}
