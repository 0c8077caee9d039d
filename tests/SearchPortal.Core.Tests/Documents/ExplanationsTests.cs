using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Tests.Documents;

/// <summary>What a paragraph explains, on sentences of ../shared/corpus (巡视巡察工作应知应会80条, CCDI Q&As, news).</summary>
public sealed class ExplanationsTests
{
    private static IReadOnlyList<string> Subjects(string text, int headingLevel = 0) =>
        Explanations.Subjects(new Paragraph(1, text, "", headingLevel));

    [Theory]
    [InlineData("**4.“****四个自信****”****：**中国特色社会主义道路自信、理论自信、制度自信、文化自信。", "四个自信")]
    [InlineData("**一岗双责**即一个单位的领导干部应当对这个单位的业务工作和党风廉政建设负双重责任。", "一岗双责")]
    [InlineData("本规定所称特定关系人，是指与国有企业领导人员有近亲属以及其他共同利益关系的人。", "特定关系人")]
    [InlineData("所谓“对等关税”，严重损害国际经贸秩序。", "对等关税")]
    [InlineData("监察对象包括中国共产党机关、人大机关、行政机关的公务员。", "监察对象")]
    public void A_definition_names_its_subject(string sentence, string term) =>
        Assert.Contains(Subjects(sentence), s => s.Contains(term));

    [Fact]
    public void A_heading_explains_its_own_text() =>
        Assert.Equal(["三、民主集中制的基本原则"], Subjects("三、民主集中制的基本原则", headingLevel: 2));

    [Theory]
    [InlineData("深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，自觉在思想上政治上行动上同党中央保持高度一致。")]
    [InlineData("讲透彻“四种形态”的内涵，让留置对象意识到态度是变量。")]
    [InlineData("各级党组织要认真落实全面从严治党主体责任，特别是要加强对一把手的监督，包括经常开展谈心谈话。")]
    [InlineData("发现问题线索应当立即报告，随即组织核查，即使涉及领导干部也不得隐瞒。")]
    public void A_passing_mention_explains_nothing(string sentence) =>
        Assert.Empty(Subjects(sentence));
}
