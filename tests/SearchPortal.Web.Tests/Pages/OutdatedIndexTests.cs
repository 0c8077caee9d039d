using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SearchPortal.Core.Documents;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.Web.Infrastructure;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>An index of an older format is served at once and rebuilt in the background (an upgrade keeps the site up).</summary>
public sealed class OutdatedIndexTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_site_answers_from_an_older_index_and_rebuilds_it_in_the_background()
    {
        var data = Path.Combine(AppContext.BaseDirectory, "Data");
        var schema = IndexSchema.Load(data);
        new CorpusIndexer(schema, DocumentParser.CreateDefault(data)).Run(_factory.CorpusPath, _factory.IndexPath, full: true);
        using (var dir = FSDirectory.Open(_factory.IndexPath))
        {
            // What an index written before the format stamp looks like: a commit without it.
            using (var writer = new IndexWriter(dir, schema.WriterConfig()))
            {
                writer.SetCommitData(new Dictionary<string, string>());
                writer.Commit();
            }
            Assert.False(IndexSchema.IsCurrentFormat(dir));
        }

        var client = _factory.CreateClient();
        var bootstrap = _factory.Services.GetServices<IHostedService>().OfType<IndexBootstrapService>().Single();
        Assert.NotNull(bootstrap.Rebuild); // started in the background, not before listening
        var first = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("政治生态")));
        Assert.True(first.RootElement.GetProperty("total").GetInt32() > 0);

        await bootstrap.Rebuild!.WaitAsync(TimeSpan.FromSeconds(60));
        using (var dir = FSDirectory.Open(_factory.IndexPath)) Assert.True(IndexSchema.IsCurrentFormat(dir));
        var after = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("政治生态")));
        Assert.Equal(first.RootElement.GetProperty("total").GetInt32(), after.RootElement.GetProperty("total").GetInt32());
    }
}
