using SearchPortal.Core.Documents;
using SearchPortal.Core.Quotes;

namespace SearchPortal.Core.Tests.Quotes;

/// <summary>
/// The precision rules of round 14 (bench/quotes/README.md), on real sentences of ../shared/corpus copied here:
/// a handbook or contract as a document, several documents after 依据, a document with （以下简称…） before a section
/// title, 引用…的话, a formula referred to as 这个目的, statutory wording defined by 是指; and what stays as it was.
/// </summary>
public class QuoteRound14RulesTests
{
    private static readonly QuoteExtractor Extractor = QuoteExtractor.Load(TestPaths.Data);

    private static IReadOnlyList<Quote> Extract(params string[] paragraphs) =>
        Extractor.Extract("t.txt", "t", 2025, paragraphs.Select((t, i) => new Paragraph(i + 1, t, "")));

    private static Quote? Find(IReadOnlyList<Quote> quotes, string start) =>
        quotes.SingleOrDefault(q => q.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact] // ccdi-kb 业务探讨: an employee handbook's provision is a document's wording
    public void A_handbook_provision_is_a_document()
    {
        var q = Find(Extract("入职之初，某网络公司通过电子邮件告知常某，公司采取指纹打卡考勤。员工手册规定：“21：00之后起算加班时间；加班需由员工提出申请，部门负责人审批。”常某于2016年5月至2017年1月期间加班。"), "21：00之后");
        Assert.Equal(QuoteKind.Document, q?.Kind);
    }

    [Fact] // ccdi-kb 业务探讨: 依据《A》第一条和《B》，…“…”之规定 — one of two documents, none named
    public void Two_documents_after_yiju_make_the_quotation_a_document()
    {
        var q = Find(Extract("依据《关于办理贪污贿赂刑事案件适用法律若干问题的解释》第一条和《关于公安机关管辖的刑事案件立案追诉标准的规定（二）》，虚开发票“一百份以上或者票面额累计在四十万元以上的，应予立案追诉”之规定 ，田某涉嫌虚开发票犯罪。"), "一百份以上");
        Assert.Equal(QuoteKind.Document, q?.Kind);
        Assert.Equal("", q?.Who);
    }

    [Fact] // ccdi-kb 业务探讨: 《…意见》（以下简称2007年《意见》）中“关于收受干股问题”，“…”之规定
    public void A_document_with_its_short_name_and_a_section_title_is_the_source()
    {
        var q = Find(Extract("因此，应依据2007年两高《关于办理受贿刑事案件适用法律若干问题的意见》（以下简称2007年《意见》）中“关于收受干股问题”，“股份未实际转让，以股份分红名义获取利益的，实际获利数额应当认定为受贿数额”之规定，认定李某受贿数额是1000万元。"), "股份未实际转让");
        Assert.Equal("《关于办理受贿刑事案件适用法律若干问题的意见》", q?.Who);
    }

    [Fact] // 毛选 第一卷 中国革命战争的战略问题: 列宁引用过克劳塞维茨的话：“…”
    public void Quoted_words_of_someone_cited_are_his()
    {
        var q = Find(Extract("列宁引用过克劳塞维茨的话：“战争是政治通过另一种手段的继续。”[5]和平时期的斗争是政治，战争也是政治。"), "战争是政治");
        Assert.Equal("克劳塞维茨", q?.Who);
    }

    [Theory] // 毛选 第二卷 and a 刑法 commentary: a formula as 这个目的, statutory wording defined by 是指
    [InlineData("但是主要的目的还在另一方面，这就是为了发展阵地，为了实现“动员千百万群众进入抗日民族统一战线，打倒日本帝国主义”这个积极的目的。", "动员千百万群众")]
    [InlineData("“利用职务上的便利，以伪造的货币换取货币”，是指银行或者其他金融机构的工作人员，利用职务上管理金库、出纳现金、吸收付出存款等便利条件，以伪造的货币换取货币的行为。", "利用职务上的便利")]
    public void A_formula_named_as_a_goal_or_defined_as_a_term_is_not_a_quotation(string paragraph, string start) =>
        Assert.Null(Find(Extract(paragraph), start));

    [Fact] // ccdi-kb: the same 是指 after a law named for the wording keeps it (a provision being explained)
    public void Wording_defined_after_a_named_law_stays_a_quotation()
    {
        var q = Find(Extract("根据刑法第九十六条的规定，“违反国家规定”，“是指违反全国人民代表大会及其常务委员制定的法律和决定，国务院制定的行政法规、规定的行政措施、发布的决定和命令”。"), "是指违反全国");
        Assert.Equal("《中华人民共和国刑法》", q?.Who);
    }
}
