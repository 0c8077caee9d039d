using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The site over tests/fixtures/corpus/ plus one more speech that quotes the seed's 习近平总书记 sentence on supervision.</summary>
public sealed class SharedQuoteFactory : PortalFactory
{
    public const string SecondId = "speeches/引文共用测试.txt";
    public const string SecondTitle = "在全县一把手监督工作会议上的讲话";

    public SharedQuoteFactory()
    {
        File.WriteAllText(Path.Combine(CorpusPath, SecondId), $"""
            {SecondTitle}
            （2023年4月12日）

            同志们：
            今天召开这次会议，主要是对加强一把手监督工作进行部署。
            习近平总书记强调：“上级对下级尤其是上级一把手对下级一把手的监督最管用、最有效。”各级党组织要把监督一把手摆在突出位置，经常开展谈心谈话，发现问题及时提醒。
            """);
    }
}

/// <summary>A quotation used by two documents: one entry with count 2, both sources, marked as shared on the document page.</summary>
public sealed class QuotesSharedUseTests(SharedQuoteFactory factory) : IClassFixture<SharedQuoteFactory>
{
    private const string Quote = "上级对下级尤其是上级一把手对下级一把手的监督最管用、最有效。";
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task A_quotation_in_two_documents_is_one_entry_marked_with_its_other_use()
    {
        var json = await _client.GetStringAsync("/api/quotes?q=" + Uri.EscapeDataString("一把手 监督"));
        var hits = JsonDocument.Parse(json).RootElement.GetProperty("hits").EnumerateArray()
            .Where(h => h.GetProperty("text").GetString() == Quote).ToList();
        var hit = Assert.Single(hits);
        Assert.Equal(2, hit.GetProperty("count").GetInt32());
        var ids = hit.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Equal([PortalFactory.SeedId, SharedQuoteFactory.SecondId], ids.Order(StringComparer.Ordinal).ToList());

        // The entry page lists both sources, each linking to its paragraph.
        var key = hit.GetProperty("key").GetString()!;
        var (_, entry) = await _client.GetPageAsync("/quotes/" + Uri.EscapeDataString(key));
        var links = entry.QuerySelectorAll(".quote__sources a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.Matches(@"^/documents/speeches/.+#p-\d+$", l));

        // The new document's page marks the quotation as used elsewhere too.
        var (response, page) = await _client.GetPageAsync("/documents/" + string.Join('/', SharedQuoteFactory.SecondId.Split('/').Select(Uri.EscapeDataString)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mark = page.QuerySelectorAll("a.quote-ref").Single(a => a.TextContent == Quote);
        Assert.Equal("2", mark.GetAttribute("data-count"));
        Assert.Contains("另有 1 篇文档引用", mark.GetAttribute("title"));
        Assert.Equal("2", mark.ParentElement!.QuerySelector("sup.quote-ref__count")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".doc-quotes a"), a => a.TextContent == "2 篇文档引用");
    }
}
