using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Core.Documents;
using SearchPortal.Core.Quotes;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Search;

/// <summary>
/// Issue 17 on a tiny index of real sentences (../shared/corpus): a compound written with a word in between
/// (插手干预工程 for 插手工程) after the verbatim one, never across sentences; a document that explains a slogan above
/// one that lists it, with the explanation as its passage; a document about a term above one mentioning it in passing.
/// </summary>
public sealed class RelevanceTiersTests : IDisposable
{
    private const string Verbatim = "tiers/verbatim.txt";
    private const string WordBetween = "tiers/word-between.txt";
    private const string FarApart = "tiers/far-apart.txt";
    private const string AcrossSentences = "tiers/across-sentences.txt";
    private const string Listing = "tiers/listing.txt";
    private const string Explaining = "tiers/explaining.txt";
    private const string About = "tiers/about.txt";
    private const string InPassing = "tiers/in-passing.txt";

    private readonly string _path = TestPaths.NewTempDir("sp-tiers-index");
    private readonly IndexSearcherProvider _provider;
    private readonly SearchEngine _engine;

    public RelevanceTiersTests()
    {
        var schema = IndexSchema.Load(TestPaths.Data);
        var builder = new IndexDocumentBuilder(schema);
        using (var dir = FSDirectory.Open(_path))
        using (var writer = new IndexWriter(dir, schema.WriterConfig()))
        {
            foreach (var doc in new[]
            {
                Doc(WordBetween, "工程建设领域问责规定", "第七十三条 国家机关工作人员不得违反规定插手干预工程建设，影响工程建设正常开展或者干扰正常监管、执法活动的，依照有关行政问责规定追究责任。"),
                Doc(Verbatim, "把握行业系统情况", "如当前工程建设领域除具有各级官员插手工程建设、渎职与贿赂相伴而生等一般规律外，在其具体环节上，又可以归纳出市场准入、立项审批等风险点。"),
                Doc(FarApart, "典型案例通报", "荣虎成利用职务上的便利插手招投标活动，指定湖南某设计公司承揽该工程。"),
                Doc(AcrossSentences, "会议纪要", "对群众反映强烈的问题，任何领导干部都不得以任何理由插手。工程质量问题由主管部门依法处理。"),
                Doc(Listing, "新闻联播", "深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，自觉在思想上政治上行动上同党中央保持高度一致。",
                    "坚定“四个自信”，为全面建设社会主义现代化国家团结奋斗。"),
                Doc(Explaining, "巡视巡察工作应知应会80条", "巡视巡察干部要熟悉以下基本概念。",
                    "4.“四个自信”：中国特色社会主义道路自信、理论自信、制度自信、文化自信。"),
                Doc(About, "坚持和完善民主集中制", "民主集中制是党的根本组织原则和领导制度。", "民主集中制是民主基础上的集中和集中指导下的民主相结合。"),
                Doc(InPassing, "某市纪委全会工作报告", "一年来，市纪委坚持民主集中制，加强班子建设，严格执行民主集中制，完善议事规则，贯彻民主集中制，推动全面从严治党向纵深发展。",
                    "全市纪检监察机关共处置问题线索一千二百件，立案四百件，处分三百五十人，其中处级干部二十人，移送检察机关十五人。"),
            })
                writer.AddDocuments(builder.Build(doc));
            writer.Commit();
        }
        _provider = new IndexSearcherProvider(_path, schema);
        _engine = new SearchEngine(_provider, SearchRules.Load(TestPaths.Data), QuoteRules.Load(TestPaths.Data));
    }

    private static ParsedDocument Doc(string id, string title, params string[] texts)
    {
        var paras = new List<Paragraph> { new(1, title, title, 1) };
        paras.AddRange(texts.Select((t, i) => new Paragraph(i + 2, t, title)));
        return new ParsedDocument
        {
            Id = id,
            Format = "txt",
            Metadata = new DocumentMetadata { Title = title, Type = "其他", Date = new DateOnly(2020, 1, 1) },
            Paragraphs = paras,
            OriginalText = string.Join("\n", paras.Select(p => p.Text)),
            ContentHash = id,
            Length = 100,
        };
    }

    private SearchResponse Search(string query) =>
        _engine.Documents.Search(new SearchRequest { Query = query, Expand = false });

    private static string[] Ids(SearchResponse r) => r.Hits.Select(h => h.Id).ToArray();

    [Fact]
    public void A_compound_finds_the_verbatim_document_first_then_the_words_a_few_characters_apart_then_further_apart()
    {
        var r = Search("插手工程");
        Assert.Equal([Verbatim, WordBetween, FarApart], Ids(r));
        Assert.Contains("原样包含“插手工程”的文档有 1 篇", r.Notice);
        Assert.Contains("插手……工程", r.Notice);
        Assert.Contains("<mark>插手</mark>干预<mark>工程</mark>", r.Hits[1].Passages[0].Html);
    }

    [Fact]
    public void The_words_of_a_compound_in_two_sentences_do_not_match() =>
        Assert.DoesNotContain(AcrossSentences, Ids(Search("插手工程")));

    [Fact]
    public void A_quoted_compound_stays_verbatim_and_a_verbatim_result_needs_no_notice()
    {
        Assert.Equal([Verbatim], Ids(Search("\"插手工程\"")));
        Assert.Null(Search("工程建设领域").Notice);
    }

    [Fact]
    public void A_document_explaining_a_slogan_ranks_above_one_listing_it_and_shows_the_explanation()
    {
        var r = Search("四个自信");
        Assert.Equal([Explaining, Listing], Ids(r));
        Assert.StartsWith("4.“<mark>四个自信</mark>”：中国特色社会主义道路自信", r.Hits[0].Passages[0].Html);
    }

    [Fact]
    public void A_document_about_a_term_ranks_above_a_long_one_that_mentions_it_in_passing()
    {
        Assert.Equal([About, InPassing], Ids(Search("民主集中制")));
    }

    public void Dispose()
    {
        _provider.Dispose();
        try { System.IO.Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }
}
