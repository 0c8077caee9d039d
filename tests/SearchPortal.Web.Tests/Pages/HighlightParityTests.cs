using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The site over tests/fixtures/corpus/ plus one notice that writes the same word full-width, capitalised and plain.</summary>
public sealed class MixedWidthFactory : PortalFactory
{
    public const string DocId = "notices/政务应用管理通知.txt";

    public MixedWidthFactory()
    {
        Directory.CreateDirectory(Path.Combine(CorpusPath, "notices"));
        File.WriteAllText(Path.Combine(CorpusPath, DocId), """
            关于规范政务ＡＰＰ和App管理的通知
            （2023年5月8日）

            各单位要规范政务ＡＰＰ管理，及时清理长期无人使用的App和功能重复的app。
            今后新建政务Ａｐｐ须报经批准，已经建成的ＡＰＰ要每年评估一次。
            """);
    }
}

/// <summary>A result passage and the document page it links to mark the same characters (one highlighter, one folding).</summary>
public sealed class HighlightParityTests(MixedWidthFactory factory) : IClassFixture<MixedWidthFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Search_passages_and_the_document_page_mark_the_same_full_width_and_capitalised_words()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=app"));
        var hit = json.RootElement.GetProperty("hits").EnumerateArray()
            .Single(h => h.GetProperty("id").GetString() == MixedWidthFactory.DocId);
        var passages = hit.GetProperty("passages").EnumerateArray()
            .Select(p => (Ordinal: p.GetProperty("ordinal").GetInt32(), Marks: Marks(p.GetProperty("html").GetString()!)))
            .ToList();
        // The title line (paragraph 1) and both body paragraphs, every spelling of the word marked.
        Assert.Equal([1, 3, 4], passages.Select(p => p.Ordinal).Order());
        Assert.Equal(["ＡＰＰ", "App", "ＡＰＰ", "App", "app", "Ａｐｐ", "ＡＰＰ"], passages.OrderBy(p => p.Ordinal).SelectMany(p => p.Marks));

        var url = "/documents/" + string.Join('/', MixedWidthFactory.DocId.Split('/').Select(Uri.EscapeDataString)) + "?q=app";
        var (_, page) = await _client.GetPageAsync(url);
        foreach (var (ordinal, marks) in passages)
        {
            var paragraph = page.QuerySelector($".document__body #p-{ordinal}")!;
            Assert.Equal(marks, paragraph.QuerySelectorAll("mark").Select(m => m.TextContent));
        }
    }

    private static List<string> Marks(string html) => Html.Parse(html).QuerySelectorAll("mark").Select(m => m.TextContent).ToList();
}
