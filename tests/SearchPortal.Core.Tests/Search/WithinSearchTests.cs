using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Core.Documents;
using SearchPortal.Core.Quotes;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Search;

/// <summary>
/// 同句 / 同段 on a tiny index of its own: 巡察 and 整改 in one sentence, in two sentences of one paragraph, and in two
/// paragraphs; and in the two 款 of one article of a regulation. Sentence scope keeps the first, paragraph scope the
/// first two and the article, no scope all four.
/// </summary>
public sealed class WithinSearchTests : IDisposable
{
    private const string OneSentence = "within/one-sentence.txt";
    private const string OneParagraph = "within/one-paragraph.txt";
    private const string TwoParagraphs = "within/two-paragraphs.txt";
    private const string OneArticle = "within/one-article.txt";

    private readonly string _path = TestPaths.NewTempDir("sp-within-index");
    private readonly IndexSearcherProvider _provider;
    private readonly SearchEngine _engine;

    public WithinSearchTests()
    {
        var schema = IndexSchema.Load(TestPaths.Data);
        var builder = new IndexDocumentBuilder(schema);
        using (var dir = FSDirectory.Open(_path))
        using (var writer = new IndexWriter(dir, schema.WriterConfig()))
        {
            writer.AddDocuments(builder.Build(Doc(OneSentence, "会议纪要甲", "今年春天开展了一轮巡察，发现的形式主义问题都已整改到位。", "下一步继续加强日常监督。")));
            writer.AddDocuments(builder.Build(Doc(OneParagraph, "会议纪要乙", "今年春天开展了一轮巡察。发现的问题都已整改到位。", "下一步继续加强日常监督。")));
            writer.AddDocuments(builder.Build(Doc(TwoParagraphs, "会议纪要丙", "今年春天开展了一轮巡察，覆盖全部单位。", "发现的问题都已整改到位，群众满意。")));
            // A regulation's article of two 款: one paragraph for 同段, as an article is.
            writer.AddDocuments(builder.Build(Doc(OneArticle, "巡察工作条例", "第三条　今年春天开展了一轮巡察，覆盖全部单位。", "发现的问题都已整改到位。",
                type: "条例", path: "巡察工作条例 › 第三条")));
            writer.Commit();
        }
        _provider = new IndexSearcherProvider(_path, schema);
        _engine = new SearchEngine(_provider, SearchRules.Load(TestPaths.Data), QuoteRules.Load(TestPaths.Data));
    }

    private static ParsedDocument Doc(string id, string title, string p1, string p2, string type = "其他", string? path = null)
    {
        var paras = new List<Paragraph> { new(1, title, title, 1), new(2, p1, path ?? title), new(3, p2, path ?? title) };
        return new ParsedDocument
        {
            Id = id,
            Format = "txt",
            Metadata = new DocumentMetadata { Title = title, Type = type, Date = new DateOnly(2020, 1, 1) },
            Paragraphs = paras,
            OriginalText = string.Join("\n", paras.Select(p => p.Text)),
            ContentHash = id,
            Length = 100,
        };
    }

    private SearchResponse Search(string query, WithinScope within = WithinScope.Document, bool expand = false) =>
        _engine.Documents.Search(new SearchRequest { Query = query, Within = within, Expand = expand });

    private static string[] Ids(SearchResponse r) => r.Hits.Select(h => h.Id).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Sentence_scope_keeps_only_the_document_with_both_words_in_one_sentence_and_shows_that_sentence()
    {
        var r = Search("巡察 整改", WithinScope.Sentence);
        Assert.Equal([OneSentence], Ids(r));
        Assert.Equal("今年春天开展了一轮<mark>巡察</mark>，发现的形式主义问题都已<mark>整改</mark>到位。", r.Hits[0].Passages.Single().Html);
        Assert.Contains("同一句", r.Notice);
    }

    [Fact]
    public void Paragraph_scope_keeps_both_words_in_one_paragraph_but_not_across_paragraphs()
    {
        var r = Search("巡察 整改", WithinScope.Paragraph);
        Assert.Equal([OneArticle, OneParagraph, OneSentence], Ids(r));
        var passage = r.Hits.Single(h => h.Id == OneParagraph).Passages.Single();
        Assert.Equal(2, passage.Ordinal);
        Assert.Contains("同一段", r.Notice);
    }

    [Fact]
    public void Without_a_scope_all_three_match_and_the_query_syntax_asks_the_same_as_the_request()
    {
        Assert.Equal([OneArticle, OneParagraph, OneSentence, TwoParagraphs], Ids(Search("巡察 整改")));
        Assert.Equal([OneSentence], Ids(Search("同句:(巡察 整改)")));
        Assert.Equal([OneArticle, OneParagraph, OneSentence], Ids(Search("同段：（巡察 整改）")));
        Assert.Equal([OneArticle, OneParagraph, OneSentence], Ids(Search("巡察 整改 within:paragraph")));
        // The stricter of the text's and the request's scope applies.
        Assert.Equal([OneSentence], Ids(Search("同段:(巡察 整改)", WithinScope.Sentence)));
    }

    [Fact]
    public void Words_only_in_two_paragraphs_find_nothing_and_the_hint_counts_them_without_the_scope()
    {
        // 群众 is only in the second paragraph of the document whose first paragraph has 巡察.
        var r = Search("同段:(巡察 群众)");
        Assert.Equal(0, r.Total);
        Assert.Equal("这些词没有出现在同一句（段）中；词语位置改为“不限”可找到 1 篇", r.Hint);
        // No document has both anywhere: the usual hint says which word to drop.
        Assert.DoesNotContain("不限", Search("同句:(巡察 琥珀)").Hint ?? "");
    }

    [Fact]
    public void A_synonym_expansion_counts_in_the_sentence_when_the_search_expands()
    {
        // 形式主义 is an expansion of 四风 (Data/synonyms.txt); it and 巡察 share a sentence of the one-sentence document only.
        Assert.Empty(Search("同句:(四风 巡察)", expand: false).Hits);
        var r = Search("同句:(四风 巡察)", expand: true);
        Assert.Equal([OneSentence], Ids(r));
        Assert.Contains("<mark>形式主义</mark>", r.Hits[0].Passages[0].Html);
    }

    [Fact]
    public void A_scope_on_a_query_without_text_changes_nothing()
    {
        var r = Search("", WithinScope.Sentence);
        Assert.Equal(4, r.Total);
        Assert.Null(r.Notice);
    }

    public void Dispose()
    {
        _provider.Dispose();
        try { System.IO.Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }
}
