using SearchPortal.Core.Configuration;
using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Search;

/// <summary>
/// A new facet is one catalogue entry plus its rule data: a "region" facet tagged from regions.txt is indexed,
/// counted, filterable (request filters and the query prefix 地区:) and labelled, with no other code.
/// </summary>
public sealed class NewFacetTests : IDisposable
{
    private static readonly FacetCatalog Catalog =
        FacetCatalog.Default.With(new FacetDefinition("region", "地区", ["region", "地区"], KeywordRules: "regions.txt"));

    private readonly string _data = TestPaths.NewTempDir("sp-facet-data");
    private readonly string _corpus = TestPaths.NewTempDir("sp-facet-corpus");
    private readonly string _index = TestPaths.NewTempDir("sp-facet-index");

    public NewFacetTests()
    {
        foreach (var file in Directory.EnumerateFiles(TestPaths.Data))
            File.Copy(file, Path.Combine(_data, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(_data, "regions.txt"), "# 地区：城市名出现在标题中，或在正文中出现两次以上\n浙江: 杭州, 宁波\n福建: 福州, 厦门\n");

        Write("hangzhou.txt", "杭州市纪委监委召开全市警示教育大会",
            "会议通报了近年来查处的典型案件，要求各级党组织切实扛起管党治党主体责任。",
            "市纪委监委将持续加强日常监督，推动全面从严治党向纵深发展。");
        Write("ningbo.txt", "清廉机关建设推进会讲话",
            "宁波市直机关工委认真落实主体责任，把清廉机关建设融入业务工作。",
            "下一步，宁波将持续深化作风建设，驰而不息纠治“四风”。");
        Write("xiamen.txt", "厦门市开展巡察整改专项督查",
            "督查组要求被巡察党组织履行整改主体责任，对照问题清单逐项销号。");
        Write("two-provinces.txt", "两地纪检监察工作交流座谈会",
            "来自杭州、宁波的同志介绍了压实主体责任的做法。",
            "福州、厦门的同志交流了基层监督的经验，大家一致认为要落实主体责任。");
        Write("beijing.txt", "北京市召开党风廉政建设工作会议",
            "会议强调，各级党委要认真履行主体责任，纪委要履行监督责任。");
    }

    public void Dispose()
    {
        foreach (var dir in new[] { _data, _corpus, _index })
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private void Write(string name, params string[] lines) => File.WriteAllLines(Path.Combine(_corpus, name), lines);

    private SearchPortalOptions Options => new() { DataPath = _data };

    private IndexRunSummary Index(FacetCatalog catalog) =>
        CorpusIndexer.Create(Options, schema: IndexSchema.Load(_data, catalog), threads: 1).Run(_corpus, _index, full: false);

    private static List<string> Ids(SearchResponse r) => r.Hits.Select(h => h.Id).Order(StringComparer.Ordinal).ToList();

    private static Dictionary<string, int> Counts(SearchResponse r, string facet) =>
        r.Facets[facet].Where(v => v.Count > 0).ToDictionary(v => v.Value, v => v.Count);

    [Fact]
    public void A_keyword_facet_from_the_catalogue_is_indexed_counted_filterable_and_labelled()
    {
        Assert.Equal(5, Index(Catalog).Added);
        var schema = IndexSchema.Load(_data, Catalog);
        using var provider = new IndexSearcherProvider(_index, schema);
        var documents = SearchEngine.Create(provider, Options).Documents;

        var all = documents.Search(new SearchRequest { Query = "主体责任", Size = 20 });
        Assert.Equal(5, all.Total);
        Assert.Equal(new Dictionary<string, int> { ["浙江"] = 3, ["福建"] = 2 }, Counts(all, "region"));
        Assert.Equal("浙江", all.Facets["region"][0].Value); // most documents first

        string[] zhejiang = ["hangzhou.txt", "ningbo.txt", "two-provinces.txt"];
        var filtered = documents.Search(new SearchRequest
        {
            Query = "主体责任", Size = 20,
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["region"] = ["浙江"] },
        });
        Assert.Equal(zhejiang, Ids(filtered));
        Assert.True(filtered.Facets["region"].Single(v => v.Value == "浙江").Selected);
        Assert.Equal(2, filtered.Facets["region"].Single(v => v.Value == "福建").Count); // its own selection ignored

        Assert.Equal(zhejiang, Ids(documents.Search(new SearchRequest { Query = "地区:浙江 主体责任", Size = 20 })));
        Assert.Equal(["two-provinces.txt", "xiamen.txt"], Ids(documents.Search(new SearchRequest { Query = "region:福建 主体责任", Size = 20 })));
        Assert.Equal(["beijing.txt", "xiamen.txt"], Ids(documents.Search(new SearchRequest { Query = "主体责任 -地区:浙江", Size = 20 })));

        Assert.Equal("地区", Catalog.Label("region"));
        Assert.Equal("主题", Catalog.Label(FacetCatalog.Topic));
    }

    [Fact]
    public void The_tagged_values_are_kept_per_facet_beside_the_topics()
    {
        var parser = DocumentParser.CreateDefault(_data, Catalog);
        var path = Path.Combine(_corpus, "two-provinces.txt");
        var meta = parser.Parse(new CorpusFile("two-provinces.txt", path, new FileInfo(path).Length, DateTime.UtcNow)).Metadata;
        Assert.Equal(["浙江", "福建"], meta.Tagged("region"));
        Assert.Equal(meta.Topics, meta.Tags[FacetCatalog.Topic]); // one place for every keyword facet
        Assert.Equal(meta.Tagged("region"), meta.FacetValues("region"));

        // The default catalogue has no region facet: nothing is tagged for it.
        var plain = DocumentParser.CreateDefault(_data).Parse(new CorpusFile("two-provinces.txt", path, 0, DateTime.UtcNow)).Metadata;
        Assert.False(plain.Tags.ContainsKey("region"));
    }

    [Fact]
    public void An_index_built_before_the_facet_was_added_is_rebuilt_with_it()
    {
        var first = Index(FacetCatalog.Default);
        Assert.Equal(5, first.Added);
        Assert.True(Index(FacetCatalog.Default).Unchanged == 5); // same facets: an incremental run changes nothing

        var schema = IndexSchema.Load(_data, Catalog);
        using (var dir = Lucene.Net.Store.FSDirectory.Open(_index)) Assert.False(schema.IsCurrent(dir));
        var second = Index(Catalog);
        Assert.True(second.Full);
        Assert.Equal(5, second.Added);

        using var provider = new IndexSearcherProvider(_index, schema);
        var r = SearchEngine.Create(provider, Options).Documents.Search(new SearchRequest { Query = "主体责任" });
        Assert.Equal(new Dictionary<string, int> { ["浙江"] = 3, ["福建"] = 2 }, Counts(r, "region"));
    }
}
