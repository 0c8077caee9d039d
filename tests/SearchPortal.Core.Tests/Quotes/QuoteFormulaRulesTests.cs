using SearchPortal.Core.Documents;
using SearchPortal.Core.Quotes;

namespace SearchPortal.Core.Tests.Quotes;

/// <summary>
/// The precision rules of rounds 11–12 (bench/quotes/README.md), each on real sentences of ../shared/corpus copied
/// here: a formula used as a name or modifier with nobody named is not a quotation, unless a speech verb introduces it;
/// documents named before 关于/中, after 根据“两高”, or several documents named attribute the quotation.
/// </summary>
public class QuoteFormulaRulesTests
{
    private static readonly QuoteExtractor Extractor = QuoteExtractor.Load(TestPaths.Data);

    private static IReadOnlyList<Quote> Extract(params string[] paragraphs) =>
        Extractor.Extract("t.txt", "t", 2025, paragraphs.Select((t, i) => new Paragraph(i + 1, t, "")));

    private static Quote? Find(IReadOnlyList<Quote> quotes, string start) =>
        quotes.SingleOrDefault(q => q.Text.StartsWith(start, StringComparison.Ordinal));

    [Theory] // ccdi-kb 业务探讨 and 职务犯罪 articles: the quoted clause modifies the noun after 的, or names a mechanism
    [InlineData("要正确理解和运用“以定性分析为主，定量分析为辅”的量刑方法，在量刑过程中综合考虑各种情节。", "以定性分析为主")]
    [InlineData("微信群成立后，王某又以“活跃气氛，搞好关系”的目的，多次在群里发红包。", "活跃气氛")]
    [InlineData("在这一过程中，行为人尚未实施作为斡旋受贿违纪行为构成要件的“通过其他国家工作人员职务上的行为，为请托人谋取不正当利益”的实行行为。", "通过其他国家工作人员")]
    [InlineData("同时，利用计算机信息管理技术，积极探索建立“网上衔接，信息共享”机制，推进行政执法与刑事司法衔接工作。", "网上衔接")]
    [InlineData("还有，一些干部是否存在“为官不为”，“为了不出事，宁愿不干事”现象，尤其是否存在违规违纪现象。", "为了不出事")]
    public void A_formula_used_as_a_modifier_or_name_is_not_a_quotation(string paragraph, string start) =>
        Assert.Null(Find(Extract(paragraph), start));

    [Theory] // 坚持/贯彻/构成 + formula: applied or named, not quoted
    [InlineData("对规定的可以从轻或减轻处分情节，应坚持“以适用为原则，不适用为例外”，综合评判量纪情节，力求处理恰当。", "以适用为原则")]
    [InlineData("综上，李某的行为构成“利用职务上的便利为他人谋取利益，收受他人贿赂”，具有受贿性质，并涉嫌受贿犯罪。", "利用职务上的便利为他人")]
    public void A_formula_applied_by_a_verb_with_nobody_named_is_not_a_quotation(string paragraph, string start) =>
        Assert.Null(Find(Extract(paragraph), start));

    [Theory] // the same shapes introduced by a speech verb or someone named: words someone said or wrote
    [InlineData("这次一上台却大谈和平，最近做了国民党行政院长的孙科，在去年六月间，不是曾经宣布“在军事方面，只要打到底，终归可以解决”的吗？", "在军事方面")]
    [InlineData("上诉人武某甲诉称“在冯立军脱逃案中，其没有失职，不应判其负刑事责任，原判认定事实错误”的理由，经查不能成立。", "在冯立军脱逃案中")]
    [InlineData("被审查调查人对事实无不同意见的，应在最后签写“以上事实共×页，均属实，同意”的意见。", "以上事实共")]
    [InlineData("孙中山又在其遗嘱上提出“必须唤起民众与以平等待我之民族共同奋斗”的内政外交的根本原则。", "必须唤起民众")]
    public void Words_introduced_by_a_speech_verb_stay_quotations_before_de(string paragraph, string start) =>
        Assert.NotNull(Find(Extract(paragraph), start));

    [Fact]
    public void A_document_named_before_guanyu_is_the_source() // ccdi-kb 业务探讨: 刘某所获“红利”是分红还是利益回报
    {
        var q = Find(Extract("根据《国务院关于固定资产投资项目试行资本金制度的通知》关于“投资项目资本金，是指在投资项目总投资中，由投资者认缴的出资额”的规定，本案中，各股东追加投资的资金应计入资本金。"), "投资项目资本金");
        Assert.Equal("《国务院关于固定资产投资项目试行资本金制度的通知》", q?.Who);
        Assert.Equal(QuoteKind.Document, q?.Kind);
    }

    [Fact]
    public void A_law_named_without_title_marks_before_guanyu_is_the_source() // ccdi-kb: 违反议事规则
    {
        var q = Find(Extract("违反议事规则违纪行为，是指违反党章关于“凡属重大问题都要按照集体领导、民主集中、个别酝酿、会议决定的原则，由党的委员会集体讨论，作出决定”规定以及各级党组织制定的议事规则和决策程序的行为。"), "凡属重大问题");
        Assert.Equal("《中国共产党章程》", q?.Who);
    }

    [Fact]
    public void A_document_after_genju_and_a_short_quoted_name_is_the_source() // 根据2016年“两高”《…解释》“…”
    {
        var q = Find(Extract("在双方已经具备请托事项的情况下，根据2016年“两高”《关于办理贪污贿赂刑事案件适用法律若干问题的解释》“国家工作人员利用职务上的便利为请托人谋取利益前后多次收受请托人财物，受请托之前收受的财物数额在一万元以上的，应当一并计入受贿数额”，钱某的行为应认定为受贿。"), "国家工作人员利用职务上的便利为请托人");
        Assert.Equal(QuoteKind.Document, q?.Kind);
        Assert.Contains("关于办理贪污贿赂刑事案件适用法律若干问题的解释", q?.Who);
    }

    [Fact]
    public void Several_documents_named_give_the_document_kind_and_a_title_with_its_abbreviation_keeps_its_name()
    {
        var several = Find(Extract("对于国有单位的认定，根据最高人民法院《全国法院审理金融犯罪案件工作座谈会纪要》和最高人民检察院法律政策研究室《关于国有单位的内设机构能否构成单位受贿罪主体问题的答复》等司法解释和文件，“以单位的分支机构或者内设机构、部门的名义实施犯罪，违法所得亦归分支机构或者内设机构、部门所有的，应认定为单位犯罪。”"), "以单位的分支机构");
        Assert.Equal(QuoteKind.Document, several?.Kind);
        Assert.Equal("", several?.Who);
        // 《…纪要》（以下简称《纪要》）， is one document, not two.
        var one = Find(Extract("根据最高人民法院2003年11月印发的《全国法院审理经济犯罪案件工作座谈会纪要》（以下简称《纪要》），“刑法第三百八十五条第一款规定的‘利用职务上的便利’，既包括利用本人职务上主管、负责、承办某项公共事务的职权，也包括利用职务上有隶属、制约关系的其他国家工作人员的职权。”"), "刑法第三百八十五条");
        Assert.Equal("《全国法院审理经济犯罪案件工作座谈会纪要》", one?.Who);
    }
}
