using SearchPortal.Core.Configuration;
using SearchPortal.Core.Documents;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Indexing;

/// <summary>
/// Lineages are recomputed by every indexer run, incremental ones included: adding a newer edition turns the older
/// one into 已被修订, removing it turns it back; the status is a facet (counted, filtered) and the document store
/// lists every edition, oldest first.
/// </summary>
public sealed class EditionIndexingTests : IDisposable
{
    private readonly string _corpus = TestPaths.NewTempDir("sp-edition-corpus");
    private readonly string _index = TestPaths.NewTempDir("sp-edition-index");

    private const string Article1 = "第一条 为了严肃党的纪律，纯洁党的组织，保障党员民主权利，制定本条例。";
    private const string Article2 = "第二条 党的纪律处分工作坚持党要管党、全面从严治党。";

    public EditionIndexingTests()
    {
        Write("tiaoli-2015.md", "# 示范党员纪律处分条例（2015年修订）", Article1, Article2);
        Write("speech.md", "# 在纪律教育大会上的讲话", "同志们，要认真学习纪律处分条例，严肃党的纪律，纯洁党的组织。", "要把纪律挺在前面。");
        Write("jiancha.md", "# 中华人民共和国行政监察法", "第一条 为了加强监察工作，保证政令畅通，维护行政纪律，根据宪法，制定本法。");
    }

    public void Dispose()
    {
        foreach (var dir in new[] { _corpus, _index })
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private void Write(string name, params string[] lines) => File.WriteAllLines(Path.Combine(_corpus, name), lines);

    private static SearchPortalOptions Options => new() { DataPath = TestPaths.Data };

    private IndexRunSummary Index() => CorpusIndexer.Create(Options, threads: 1).Run(_corpus, _index, full: false);

    private T Read<T>(Func<SearchEngine, T> read)
    {
        using var provider = new IndexSearcherProvider(_index, IndexSchema.Load(TestPaths.Data));
        return read(SearchEngine.Create(provider, Options));
    }

    [Fact]
    public void Adding_a_newer_edition_supersedes_the_older_one_and_removing_it_restores_it()
    {
        Index();
        var alone = Read(e => e.Store.Get("tiaoli-2015.md", AccessScope.Everything))!;
        Assert.Equal(EditionStatus.Current, alone.Status);
        Assert.Equal([("tiaoli-2015.md", 2015, EditionStatus.Current)], alone.Editions.Select(x => (x.Id, x.Year, x.Status)));
        Assert.Null(Read(e => e.Store.Get("speech.md", AccessScope.Everything))!.Status);
        Assert.Equal(EditionStatus.Repealed, Read(e => e.Store.Get("jiancha.md", AccessScope.Everything))!.Status);

        Write("tiaoli-2023.md", "# 示范党员纪律处分条例 2023", Article1, Article2, "第三条 本条例自2024年1月1日起施行。");
        var run = Index();
        Assert.Equal(1, run.Added);
        Assert.Equal(3, run.Unchanged); // the older edition is rewritten for its status, not counted as changed
        var old = Read(e => e.Store.Get("tiaoli-2015.md", AccessScope.Everything))!;
        Assert.Equal(EditionStatus.Superseded, old.Status);
        Assert.Equal([("tiaoli-2015.md", EditionStatus.Superseded), ("tiaoli-2023.md", EditionStatus.Current)],
            old.Editions.Select(x => (x.Id, x.Status)));

        // Counted and filterable like any facet; the current edition ranks first unless a year or a status is asked for.
        var all = Read(e => e.Documents.Search(new SearchRequest { Query = "纪律处分条例" }));
        Assert.Equal(new Dictionary<string, int> { [EditionStatus.Current] = 1, [EditionStatus.Superseded] = 1 },
            all.Facets[FacetCatalog.Status].Where(v => v.Count > 0).ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal("tiaoli-2023.md", all.Hits[0].Id);
        Assert.Equal(EditionStatus.Current, all.Hits[0].Status);
        Assert.Equal("tiaoli-2015.md", Read(e => e.Documents.Search(new SearchRequest { Query = "纪律处分条例 2015" })).Hits[0].Id);
        Assert.Equal(["tiaoli-2015.md"], Read(e => e.Documents.Search(new SearchRequest { Query = "时效性:已被修订 纪律处分条例" })).Hits.Select(h => h.Id));

        Assert.Equal(0, Index().Added + Index().Updated); // stable: nothing to restate on the next run

        File.Delete(Path.Combine(_corpus, "tiaoli-2023.md"));
        Assert.Equal(1, Index().Deleted);
        Assert.Equal(EditionStatus.Current, Read(e => e.Store.Get("tiaoli-2015.md", AccessScope.Everything))!.Status);
    }
}
