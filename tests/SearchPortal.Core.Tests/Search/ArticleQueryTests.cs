using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Core.Documents;
using SearchPortal.Core.Quotes;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Search;

/// <summary>
/// Article-level hits: 第X条 in Chinese or Arabic numerals is parsed out of a query that names a regulation, and on a
/// tiny index the regulation comes first with that article (and its chapter) as the passage, while a speech that
/// merely mentions the regulation and 第二十八条 does not.
/// </summary>
public sealed class ArticleQueryTests : IDisposable
{
    private const string Regulation = "regs/巡察工作条例.txt";
    private const string Speech = "speeches/讲话.txt";

    private readonly string _path = TestPaths.NewTempDir("sp-article-index");
    private readonly IndexSearcherProvider _provider;
    private readonly SearchEngine _engine;

    [Theory]
    [InlineData("纪律处分条例 第二十八条", "纪律处分条例", 28)]
    [InlineData("纪律处分条例第28条", "纪律处分条例", 28)]
    [InlineData("中国共产党纪律处分条例 第一百零八条", "中国共产党纪律处分条例", 108)]
    [InlineData("第十条 刑法", "刑法", 10)]
    [InlineData("刑法 第２８条", "刑法", 28)]
    public void Parses_the_article_number_and_keeps_the_rest(string query, string rest, int number) =>
        Assert.Equal((rest, number), ArticleQuery.Split(query));

    [Theory]
    [InlineData("纪律处分条例")]
    [InlineData("第二十八条")] // nothing left to name a document: an ordinary search
    [InlineData("第二条例")]
    [InlineData("第三条件")]
    [InlineData("条例 第二条 第三条")] // two articles: not one place to open
    [InlineData("")]
    public void Names_no_single_article(string query) => Assert.Null(ArticleQuery.Split(query));

    [Theory]
    [InlineData("巡察工作条例 › 第二章 巡察内容 › 第二十八条", 28)]
    [InlineData("巡察工作条例 › 第二十八条 › （一）", 28)]
    [InlineData("巡察工作条例 › 第2条", 2)]
    [InlineData("巡察工作条例 › 第二章 巡察内容", null)]
    public void Reads_the_article_of_a_heading_path(string path, int? number) => Assert.Equal(number, ArticleQuery.ArticleOf(path));

    public ArticleQueryTests()
    {
        var schema = IndexSchema.Load(TestPaths.Data);
        var builder = new IndexDocumentBuilder(schema);
        using (var dir = FSDirectory.Open(_path))
        using (var writer = new IndexWriter(dir, schema.WriterConfig()))
        {
            const string chapter = "巡察工作条例 › 第二章 巡察内容";
            writer.AddDocuments(builder.Build(Doc(Regulation, "巡察工作条例", "条例",
                ("第一条　为了加强巡察工作，制定本条例。", "巡察工作条例 › 第一条"),
                ("第二章 巡察内容", chapter),
                ("第二条　巡察组对被巡察党组织开展监督。", chapter + " › 第二条"),
                ("第二十八条　巡察组应当如实报告巡察情况，不得隐瞒。", chapter + " › 第二十八条"),
                ("（一）发现的问题应当及时移交。", chapter + " › 第二十八条 › （一）"))));
            writer.AddDocuments(builder.Build(Doc(Speech, "在巡察工作会议上的讲话", "讲话",
                ("要认真学习巡察工作条例，特别是第二十八条，把巡察工作条例落实到位。", "在巡察工作会议上的讲话"))));
            writer.Commit();
        }
        _provider = new IndexSearcherProvider(_path, schema);
        _engine = new SearchEngine(_provider, SearchRules.Load(TestPaths.Data), QuoteRules.Load(TestPaths.Data));
    }

    private static ParsedDocument Doc(string id, string title, string type, params (string Text, string Path)[] body)
    {
        var paras = new List<Paragraph> { new(1, title, title, 1) };
        paras.AddRange(body.Select((b, i) => new Paragraph(i + 2, b.Text, b.Path)));
        var metadata = new DocumentMetadata { Title = title, Type = type, Date = new DateOnly(2020, 1, 1) };
        // The corpus indexer gives a regulation its status (here: the only edition, in force).
        if (type == "条例") metadata.Tags[IndexSchema.Status] = [EditionStatus.Current];
        return new ParsedDocument
        {
            Id = id,
            Format = "txt",
            Metadata = metadata,
            Paragraphs = paras,
            OriginalText = string.Join("\n", paras.Select(p => p.Text)),
            ContentHash = id,
            Length = 100,
        };
    }

    [Theory]
    [InlineData("巡察工作条例 第二十八条")]
    [InlineData("巡察工作条例第28条")]
    public void A_query_naming_a_regulation_and_an_article_opens_the_regulation_at_that_article(string query)
    {
        var r = _engine.Documents.Search(new SearchRequest { Query = query });
        Assert.Equal(Regulation, r.Hits[0].Id);
        var passage = Assert.Single(r.Hits[0].Passages);
        Assert.Equal(5, passage.Ordinal);
        Assert.Equal("巡察工作条例 › 第二章 巡察内容 › 第二十八条", passage.HeadingPath);
        Assert.Contains("应当如实报告", passage.Html);
        // The speech still matches the regulation's name, but its passage is its own text, not an article.
        if (r.Hits.FirstOrDefault(h => h.Id == Speech) is { } speech) Assert.DoesNotContain("如实报告", speech.Passages[0].Html);
    }

    [Fact]
    public void An_article_that_the_regulation_lacks_leaves_the_ordinary_passage()
    {
        var r = _engine.Documents.Search(new SearchRequest { Query = "巡察工作条例 第九十条" });
        Assert.Equal(Regulation, r.Hits[0].Id);
        Assert.True(r.Hits[0].Passages.Count > 1, "the ordinary passages, best matches of the name");
    }

    public void Dispose()
    {
        _provider.Dispose();
        try { System.IO.Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }
}
