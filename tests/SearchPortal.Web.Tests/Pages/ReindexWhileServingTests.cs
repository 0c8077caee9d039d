using System.Net;
using SearchPortal.Core.Documents;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The refresh service reopens the index after the indexer commits: new documents appear without a restart.</summary>
public sealed class ReindexWhileServingTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_document_indexed_while_the_site_serves_appears_within_seconds()
    {
        var client = _factory.CreateClient();
        const string word = "琉璃瓦修缮工程";
        var before = Html.Parse(await client.GetStringAsync("/search?q=" + Uri.EscapeDataString(word)));
        Assert.Equal(0, before.Total());

        var file = Path.Combine(_factory.CorpusPath, "speeches", "新增讲话.txt");
        await File.WriteAllTextAsync(file, "在古建筑保护工作会议上的讲话\n\n同志们：\n\n今年要完成" + word + "，确保文物安全。\n");
        var data = Path.Combine(AppContext.BaseDirectory, "Data");
        var summary = new CorpusIndexer(IndexSchema.Load(data), DocumentParser.CreateDefault(data))
            .Run(_factory.CorpusPath, _factory.IndexPath, full: false);
        Assert.Equal(1, summary.Added);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        int total;
        do
        {
            await Task.Delay(250);
            total = Html.Parse(await client.GetStringAsync("/search?q=" + Uri.EscapeDataString(word))).Total();
        } while (total == 0 && DateTime.UtcNow < deadline);
        Assert.Equal(1, total);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/documents/speeches/" + Uri.EscapeDataString("新增讲话.txt"))).StatusCode);
    }
}
