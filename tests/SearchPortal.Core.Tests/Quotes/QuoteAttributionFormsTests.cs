using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;
using SearchPortal.Core.Quotes;

namespace SearchPortal.Core.Tests.Quotes;

/// <summary>
/// The attribution forms of issue 14, each on a real sentence of ../shared/corpus (copied here so the test runs without
/// it): a title without the name, 提出, a pronoun, a speaker far before the verb, short sayings, 新闻联播's HTML
/// paragraphs; and the negatives (no attribution to the object of a sentence or across another speaker).
/// </summary>
public class QuoteAttributionFormsTests
{
    private static readonly QuoteExtractor Extractor = QuoteExtractor.Load(TestPaths.Data);

    private static IReadOnlyList<Quote> Extract(params string[] paragraphs) =>
        Extractor.Extract("t.txt", "t", 2025, paragraphs.Select((t, i) => new Paragraph(i + 1, t, "")));

    private static Quote Single(IReadOnlyList<Quote> quotes, string start) =>
        quotes.SingleOrDefault(q => q.Text.StartsWith(start, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"not extracted: {start}\nextracted:\n" + string.Join("\n", quotes.Select(q => q.Who + "|" + q.Text)));

    // articles/xinwenlianbo/20251018.md
    private const string TitleParagraph = "如何高质量推进区域协调发展是习近平总书记始终牵挂的一件大事。“十四五”期间，习近平总书记先后主持召开了10场区域协调发展座谈会，并在多次考察调研中对区域协调发展作出重要指示批示。总书记强调，要“完善实施区域协调发展战略机制”，“构建优势互补的区域经济布局和国土空间体系”。在东部地区，总书记鼓励其加快推进现代化。";

    [Fact]
    public void A_title_without_the_name_is_the_leader_named_earlier_in_the_paragraph_and_the_next_quote_continues()
    {
        var quotes = Extract(TitleParagraph);
        Assert.Equal("习近平", Single(quotes, "完善实施区域协调发展战略机制").Who);
        Assert.Equal(QuoteKind.Leader, Single(quotes, "完善实施区域协调发展战略机制").Kind);
        Assert.Equal("习近平", Single(quotes, "构建优势互补的区域经济布局").Who);
    }

    [Fact]
    public void A_bare_title_takes_the_leader_the_context_names()
    {
        var quotes = Extract("胡锦涛同志在全会上作了重要讲话。", "总书记强调：“全党同志一定要牢记为人民服务的宗旨，始终保持同人民群众的血肉联系。”");
        Assert.Equal("胡锦涛", Single(quotes, "全党同志一定要牢记").Who);
    }

    [Fact]
    public void Tichu_introduces_the_leaders_words() // articles/xinwenlianbo/20260411.md
    {
        var quotes = Extract("（新闻联播）：4月10日，中共中央总书记习近平在北京会见郑丽文主席率领的中国国民党访问团并发表重要讲话。习近平总书记着眼中华民族整体利益和长远发展，提出“坚持以正确认同促进心灵契合、坚持以和平发展守护共同家园、坚持以交流融合增进民生福祉、坚持以团结奋斗实现中华民族伟大复兴”的重要论述，为推动两岸关系发展进一步指明了前进方向。");
        Assert.Equal("习近平", Single(quotes, "坚持以正确认同促进心灵契合").Who);
    }

    [Fact]
    public void A_pronoun_is_the_speaker_of_the_previous_sentences() // articles/xinwenlianbo/20260511.md
    {
        var quotes = Extract("长三角一体化发展是习近平总书记亲自谋划、亲自部署、亲自推动的重大国家战略。党的十八大以来，总书记多次深入沪苏浙皖三省一市考察调研，为长三角一体化发展指明前进方向。他强调，“长三角区域要加强科技创新和产业创新跨区域协同”。他要求，“推动长三角一体化发展取得新的重大突破，在中国式现代化中走在前列，更好发挥先行探路、引领示范、辐射带动作用”。");
        Assert.Equal("习近平", Single(quotes, "长三角区域要加强科技创新").Who);
        Assert.Equal("习近平", Single(quotes, "推动长三角一体化发展取得新的重大突破").Who);
    }

    [Fact]
    public void A_pronoun_after_a_footnote_mark_is_the_previous_speaker() // 毛选《新民主主义论》
    {
        var quotes = Extract("马克思说：“不是人们的意识决定人们的存在，而是人们的社会存在决定人们的意识。”[3]他又说：“从来的哲学家只是各式各样地说明世界，但是重要的乃在于改造世界。”[4]");
        Assert.Equal("马克思", Single(quotes, "从来的哲学家").Who);
    }

    [Fact]
    public void A_pronoun_is_not_resolved_across_another_speaker() // sentences of articles/xinwenlianbo/20250205.md
    {
        var quotes = Extract(
            "习近平指出，中国和吉尔吉斯斯坦山水相依、民心相亲，是好邻居、好朋友、好伙伴。",
            "扎帕罗夫表示，很高兴新年伊始访问中国，谨向习近平主席和中国人民致以最美好的新春祝福。他说：“吉方愿同中方一道，推动两国关系在新时代取得更大发展。”");
        Assert.Equal("", Single(quotes, "吉方愿同中方一道").Who);
    }

    [Fact]
    public void A_speaker_far_before_the_verb_is_found() // 毛选《中国革命战争的战略问题》注[11]
    {
        var quotes = Extract("[11] 参见列宁《共产主义》。在该文中列宁批评匈牙利共产党员库恩•贝拉说：“他忽略了马克思主义的精髓，马克思主义的活的灵魂：对具体情况作具体分析。”（《列宁全集》第39卷，人民出版社1986年版，第128页）");
        var quote = Single(quotes, "他忽略了马克思主义的精髓");
        Assert.Equal("列宁", quote.Who);
        Assert.Equal(QuoteKind.Leader, quote.Kind);
    }

    [Fact]
    public void The_object_of_a_sentence_is_not_its_speaker() // 毛选《蒋介石在挑动内战》
    {
        var quotes = Extract("蒋介石的发言人，于十五日下午在重庆记者招待会上讲关于所谓共产党违反蒋介石委员长对朱德总司令的命令时说：“委员长之命令，必须服从。”“违反者即为人民之公敌。”新华社记者说：这是蒋介石公开发出的全面内战的信号。");
        Assert.All(quotes, q => Assert.NotEqual("朱德", q.Who));
        Assert.NotEmpty(quotes);
    }

    [Fact]
    public void A_complete_short_saying_with_a_named_speaker_is_kept() // articles/xinwenlianbo, 交通强国 reports
    {
        var quote = Single(Extract("交通是兴国之要、强国之基。习近平总书记高度重视交通运输事业发展，亲自擘画、亲自部署、亲自推动交通强国战略实施，提出“人享其行、物畅其流”的美好愿景。"), "人享其行、物畅其流");
        Assert.Equal("习近平", quote.Who);
        // The same eight characters after another verb are the report's words, not a quotation (no clause mark, not a saying).
        Assert.Empty(Extract("（新闻联播）：习近平总书记指出，建设安全、便捷、高效、绿色、经济、包容、韧性的可持续交通体系，是支撑服务经济社会高质量发展、实现“人享其行、物畅其流”美好愿景的重要举措。"));
    }

    [Fact]
    public void A_well_known_saying_of_the_data_file_is_kept_without_a_speaker() // 毛选《论联合政府》
    {
        var quotes = Extract("可是，历史的逻辑将向他们所设想的反面走去，“搬起石头打自己的脚”。因为现在谁也明白，在国民党统治区域，人民没有任何自由。");
        Assert.Single(quotes, q => q.Text == "搬起石头打自己的脚");
    }

    [Fact]
    public void Xinwenlianbo_html_paragraphs_are_read_as_sentences_and_attributed()
    {
        var dir = TestPaths.NewTempDir("sp-xwlb");
        var path = Path.Combine(dir, "20251018.md");
        File.WriteAllText(path, """
            # 《新闻联播》 (20251018)

            ## 详细新闻

            ### 区域协调发展

            <p><strong>央视网消息</strong>（新闻联播）：“十四五”期间，区域协调发展扎实推进。<br></p><p>如何高质量推进区域协调发展是习近平总书记始终牵挂的一件大事。“十四五”期间，习近平总书记先后主持召开了10场区域协调发展座谈会，并在多次考察调研中对区域协调发展作出重要指示批示。总书记强调，要“完善实施区域协调发展战略机制”，“构建优势互补的区域经济布局和国土空间体系”。在东部地区，总书记鼓励其加快推进现代化，在全国发展大局中发挥引领示范作用；要求西部地区因地制宜发展新兴产业，加快产业转型升级。对于中部地区，总书记强调要在更高起点上扎实推动中部地区崛起。对于东北地区，总书记指出要维护好国家国防安全、粮食安全等“五大安全”，走出一条高质量发展的新路子。</p>
            """);
        var doc = DocumentParser.CreateDefault(TestPaths.Data).Parse(new CorpusFile("articles/xinwenlianbo/20251018.md", path, new FileInfo(path).Length, DateTime.UtcNow));
        Assert.DoesNotContain(doc.Paragraphs, p => p.Text.Contains("<p>"));
        var quotes = Extractor.Extract(doc);
        Assert.Equal("习近平", Single(quotes, "完善实施区域协调发展战略机制").Who);
    }
}
