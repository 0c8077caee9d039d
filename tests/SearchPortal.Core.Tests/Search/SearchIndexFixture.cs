using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;
using SearchPortal.Core.Quotes;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Search;

/// <summary>
/// A small real index: every document of the test corpus tests/fixtures/corpus/ (through the real parser) plus synthetic
/// documents whose metadata the tests control (type, year, topics, headings), so facet and filter tests do not
/// depend on the metadata rules. Built once for all search tests.
/// </summary>
public sealed class SearchIndexFixture : IDisposable
{
    public string IndexPath { get; } = TestPaths.NewTempDir("sp-search-index");
    public IndexSchema Schema { get; } = IndexSchema.Load(TestPaths.Data);
    public IndexSearcherProvider Provider { get; }
    public SearchEngine Engine { get; }
    public DocumentSearch Service => Engine.Documents;
    public DocumentStore Store => Engine.Store;
    public IReadOnlyList<string> CorpusIds { get; }

    public const string SeedId = "speeches/000_5847f394c549e8c0.txt";

    public SearchIndexFixture()
    {
        var parser = DocumentParser.CreateDefault(TestPaths.Data);
        var builder = new IndexDocumentBuilder(Schema);
        var ids = new List<string>();
        using (var dir = FSDirectory.Open(IndexPath))
        using (var writer = new IndexWriter(dir, Schema.WriterConfig()))
        {
            foreach (var path in System.IO.Directory.EnumerateFiles(TestPaths.Corpus, "*", SearchOption.AllDirectories).Where(parser.CanRead))
            {
                var id = Path.GetRelativePath(TestPaths.Corpus, path).Replace('\\', '/');
                var info = new FileInfo(path);
                try
                {
                    var doc = parser.Parse(new CorpusFile(id, path, info.Length, info.LastWriteTimeUtc));
                    writer.AddDocuments(builder.Build(doc));
                    ids.Add(id);
                }
                catch (DocumentReadException) { /* other helpers' sample files may be deliberately broken */ }
            }
            foreach (var doc in SyntheticDocuments.All()) writer.AddDocuments(builder.Build(doc));
            writer.Commit();
        }
        CorpusIds = ids;
        Provider = new IndexSearcherProvider(IndexPath, Schema);
        Engine = new SearchEngine(Provider, SearchRules.Load(TestPaths.Data), QuoteRules.Load(TestPaths.Data));
    }

    public SearchResponse Search(string query, Action<SearchRequestBuilder>? configure = null)
    {
        var b = new SearchRequestBuilder { Query = query };
        configure?.Invoke(b);
        return Service.Search(b.Build());
    }

    /// <summary>Every hit of a request (all pages).</summary>
    public List<SearchHit> AllHits(SearchRequestBuilder b)
    {
        var hits = new List<SearchHit>();
        for (var page = 1; ; page++)
        {
            b.Page = page;
            b.Size = 50;
            var r = Service.Search(b.Build());
            hits.AddRange(r.Hits);
            if (r.Hits.Count < 50) return hits;
        }
    }

    public void Dispose()
    {
        Provider.Dispose();
        try { System.IO.Directory.Delete(IndexPath, recursive: true); } catch (IOException) { }
    }
}

/// <summary>One index shared by every search test class (building it is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class SearchIndexCollection : ICollectionFixture<SearchIndexFixture>
{
    public const string Name = "search index";
}

public sealed class SearchRequestBuilder
{
    public string Query { get; set; } = "";
    public Dictionary<string, List<string>> Filters { get; } = new();
    public SearchSort Sort { get; set; } = SearchSort.Relevance;
    public int Page { get; set; } = 1;
    public int Size { get; set; } = 50;
    public bool Expand { get; set; } = true;

    public SearchRequestBuilder Select(string field, params string[] values)
    {
        if (!Filters.TryGetValue(field, out var list)) Filters[field] = list = [];
        list.AddRange(values);
        return this;
    }

    public SearchRequest Build() => new()
    {
        Query = Query,
        Filters = Filters.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value),
        Sort = Sort,
        Page = Page,
        Size = Size,
        Expand = Expand,
    };
}

/// <summary>Documents written for the tests, each targeting one behaviour; ids start with "synthetic/".</summary>
public static class SyntheticDocuments
{
    public const string FourWindApart = "synthetic/four-wind-apart.txt";
    public const string FourWindParts = "synthetic/four-wind-parts.txt";
    public const string GoldMountain = "synthetic/gold-mountain.txt";
    public const string Script = "synthetic/script.txt";
    public const string TalkApart = "synthetic/talk-apart.txt";
    public const string LongParagraph = "synthetic/long-paragraph.txt";
    public const string FacetPrefix = "synthetic/facet-";

    public static IEnumerable<ParsedDocument> All()
    {
        yield return Doc(FourWindApart, "四季的风", "文章", 2018, [],
            "四面八方吹来了风，四个人站在风里。", "秋风萧瑟，四处落叶。");
        yield return Doc(FourWindParts, "关于整治作风突出问题的通知", "通报", 2021, ["作风建设"],
            "坚决整治形式主义和官僚主义问题，坚决防止走过场。", "各单位要对照检查，限期整改。");
        yield return Doc(GoldMountain, "生态文明建设专题讲话", "讲话", 2020, ["生态文明"],
            "我们要牢固树立绿水青山就是金山银山的理念。", "保护生态环境就是保护生产力。");
        yield return Doc(Script, "网页脚本编码测试", "其他", 2022, [],
            "页面中出现了<script>alert('x')</script>这样的代码，巡察整改必须把它当作文字。");
        yield return Doc(TalkApart, "思想政治工作会议讲话", "讲话", 2019, [],
            "要加强政治建设，经常开展谈心谈话。", "政治工作要同业务工作谈话结合，巡视发现的问题要整改。");
        var filler = string.Concat(Enumerable.Repeat("我们要坚持实事求是的思想路线，一切从实际出发，理论联系实际。", 150));
        yield return Doc(LongParagraph, "长段落测试", "文章", 2017, [], filler + "最后一句提到了量子纠缠这个词。");

        // A grid of documents for facet and filter tests: every one mentions 主体责任; values vary deterministically.
        string[] types = ["讲话", "报告", "通报", "条例"];
        string[] levels = ["县", "市", "省"];
        string[][] topics = [["党风廉政"], ["巡视巡察", "党风廉政"], ["作风建设"], [], ["巡视巡察"]];
        for (var i = 0; i < 24; i++)
        {
            var text = i % 3 == 0 ? "各级党组织要落实主体责任，纪委要落实监督责任。" : "各级党组织要落实主体责任，层层传导压力。";
            yield return Doc($"{FacetPrefix}{i:D2}.txt", $"责任落实情况 第{i}号", types[i % types.Length], 2015 + i % 9,
                topics[i % topics.Length], text, i % 2 == 0 ? "持续推进巡视整改。" : "加强日常监督。", level: levels[i % levels.Length]);
        }
    }

    private static ParsedDocument Doc(string id, string title, string type, int year, string[] topics, params string[] paragraphs) =>
        Doc(id, title, type, year, topics, paragraphs[0], paragraphs.Length > 1 ? paragraphs[1] : null, level: "");

    private static ParsedDocument Doc(string id, string title, string type, int year, string[] topics, string p1, string? p2, string level)
    {
        var paras = new List<Paragraph> { new(1, title, title, 1), new(2, p1, title) };
        if (p2 != null) paras.Add(new Paragraph(3, p2, title));
        return new ParsedDocument
        {
            Id = id,
            Format = "txt",
            Metadata = new DocumentMetadata
            {
                Title = title, Type = type, Date = new DateOnly(year, 1 + year % 12, 1 + year % 27), Level = level, Topics = topics.ToList(),
                Role = type == "讲话" ? "书记" : "",
            },
            Paragraphs = paras,
            OriginalText = string.Join("\n", paras.Select(p => p.Text)),
            ContentHash = id,
            Length = 100,
        };
    }
}
