using SearchPortal.Core.Documents;
using SearchPortal.Core.Quotes;

namespace SearchPortal.Core.Tests.Quotes;

/// <summary>
/// The precision rules of round 13 (bench/quotes/README.md), each on real sentences of ../shared/corpus copied here:
/// a document named by its number, amendment text continued by a second quote, a quote naming a spirit, meeting or
/// cases, slogans referred to as such, a question about quoted wording; and the same shapes that stay quotations.
/// </summary>
public class QuoteRound13RulesTests
{
    private static readonly QuoteExtractor Extractor = QuoteExtractor.Load(TestPaths.Data);

    private static IReadOnlyList<Quote> Extract(params string[] paragraphs) =>
        Extractor.Extract("t.txt", "t", 2025, paragraphs.Select((t, i) => new Paragraph(i + 1, t, "")));

    private static Quote? Find(IReadOnlyList<Quote> quotes, string start) =>
        quotes.SingleOrDefault(q => q.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact] // ccdi-kb 你问我答: 如何认定处理违规兴建楼堂馆所行为 — a document named by its number, and the quotes after it
    public void A_document_number_names_the_source_of_the_quotes_after_it()
    {
        var quotes = Extract("再如，较之以往的政策，中办发〔2013〕17号文对楼堂馆所建设的控制要求更加严厉：\"自本通知印发之日起，5年内，各级党政机关一律不得以任何形式和理由新建楼堂馆所\"\"停止新建、扩建楼堂馆所\"\"停止迁建、购置楼堂馆所\"\"已批准但尚未开工建设的楼堂馆所项目，一律停建\"。");
        Assert.Equal("中办发〔2013〕17号文", Find(quotes, "自本通知印发之日起")?.Who);
        Assert.Equal(QuoteKind.Document, Find(quotes, "自本通知印发之日起")?.Kind);
        Assert.Equal("中办发〔2013〕17号文", Find(quotes, "已批准但尚未开工")?.Who);
    }

    [Fact] // a quotation after a number that is no document number keeps nobody (新闻联播: a date, a count)
    public void A_number_that_is_no_document_number_names_nobody()
    {
        var q = Find(Extract("2024年全国春节文化和旅游消费月期间，各地举办文旅活动9万余场，游客说：“今年过年的年味更浓了，到处都是热热闹闹的。”"), "今年过年");
        Assert.NotNull(q);
        Assert.Equal("", q!.Who);
    }

    [Fact] // lawrefbook 宪法修正案（1999年）: the second quote after 修改为：“…” continues the new wording
    public void A_quote_right_after_amendment_text_continues_it()
    {
        var quotes = Extract("第十四条 宪法第六条：“中华人民共和国的社会主义经济制度的基础是生产资料的社会主义公有制，即全民所有制和劳动群众集体所有制。”“社会主义公有制消灭人剥削人的制度，实行各尽所能，按劳分配的原则。”修改为：“中华人民共和国的社会主义经济制度的基础是生产资料的社会主义公有制，即全民所有制和劳动群众集体所有制。社会主义公有制消灭人剥削人的制度，实行各尽所能、按劳分配的原则。”“国家在社会主义初级阶段，坚持公有制为主体、多种所有制经济共同发展的基本经济制度，坚持按劳分配为主体、多种分配方式并存的分配制度。”");
        Assert.Null(Find(quotes, "国家在社会主义初级阶段"));
        // The article's old wording, quoted before 修改为, stays a quotation of the constitution.
        Assert.Equal("《中华人民共和国宪法》", Find(quotes, "中华人民共和国的社会主义经济制度")?.Who);
    }

    [Fact] // 毛选 第一卷 湖南农民运动考察报告: adjacent quotes of dialogue, no amendment before them, stay quotations
    public void Adjacent_quotes_without_amendment_stay_quotations()
    {
        var quotes = Extract("农会的人对富农说：“把你们入另册！”或者说：“再过一个月，入会的每人会费十块钱！”在这样的形势之下，富农才慢慢地进了农会。");
        Assert.NotNull(Find(quotes, "再过一个月"));
    }

    [Theory] // 新闻联播 20240714 / 20260527, 毛选 048 按语, ccdi-kb 业务探讨: named spirit, meeting, slogans, cases
    [InlineData("高质量发展释放的不竭创新动力，是“苟日新，日日新，又日新”开拓精神的生动注脚。", "苟日新")]
    [InlineData("10.联合国安理会“维护联合国宪章宗旨和原则，加强以联合国为核心的国际体系”高级别会议举行；", "维护联合国宪章")]
    [InlineData("我们提出了“积极领导，稳步前进”，“全面规划，加强领导”这样一些口号，就是要避免这种情况。", "积极领导")]
    [InlineData("在“及时退还或者上交”和“因自身或与其受贿有关联的人、事被查处，为掩饰问题而退还或者上交”两种情况外，还存在第三种情况。", "因自身或与其受贿")]
    [InlineData("中央纪委法规室回复:\"停止新建楼堂馆所，已批准的一律停建\"包括教学楼吗？", "停止新建楼堂馆所")]
    public void A_quote_naming_a_spirit_meeting_slogan_or_cases_is_not_a_quotation(string paragraph, string start) =>
        Assert.Null(Find(Extract(paragraph), start));

    [Theory] // the same nouns after a quotation whose speaker is named, or after a verse ending a sentence
    [InlineData("习近平总书记指出，“不谋全局者，不足谋一域”，要发扬“功成不必在我”的精神境界。", "不谋全局者")]
    public void The_same_shapes_with_a_speaker_or_a_saying_stay_quotations(string paragraph, string start) =>
        Assert.NotNull(Find(Extract(paragraph), start));

    [Fact] // ccdi-kb 业务探讨: 收受干股、以交易形式受贿解析 — 《意见》“关于…问题”，“…” (the section title is dropped)
    public void A_document_and_its_section_title_before_the_quotation_is_the_source()
    {
        var q = Find(Extract("依据2007年《意见》“关于以交易形式收受贿赂问题”，“受贿数额按照交易时当地市场价格与实际支付价格的差额计算。前款所列市场价格包括商品经营者事先设定的不针对特定人的最低优惠价格。根据商品经营者事先设定的各种优惠交易条件，以优惠价格购买商品的，不属于受贿”之规定，应以每平方米最低优惠价格670元计算。"), "受贿数额按照");
        Assert.Equal(QuoteKind.Document, q?.Kind);
        Assert.Equal("《意见》", q?.Who);
    }

    [Fact] // ccdi-kb 你问我答: 如何理解《条例》关于党组织违纪的处理规定 — a provision after a quote the filter dropped
    public void A_provision_after_another_quoted_one_keeps_the_law_named_before_both()
    {
        var q = Find(Extract("根据问责条例第六条规定，“党组织领导班子在职责范围内负有全面领导责任”，“对党组织问责的，应当同时对该党组织中负有责任的领导班子成员进行问责”；根据问责条例第八条规定，“对党组织的问责，根据危害程度以及具体情况，可以采取以下方式”。"), "对党组织问责的");
        Assert.Equal("《中国共产党问责条例》", q?.Who);
    }
}
