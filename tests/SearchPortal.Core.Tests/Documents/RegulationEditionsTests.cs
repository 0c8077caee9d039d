using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Tests.Documents;

/// <summary>Which documents are editions of one regulation, and which edition is in force.</summary>
public sealed class RegulationEditionsTests
{
    [Theory]
    [InlineData("中国共产党纪律处分条例1997")]
    [InlineData("中国共产党纪律处分条例 2018")]
    [InlineData("中国共产党纪律处分条例（2023年修订）")]
    [InlineData("《中国共产党纪律处分条例》(2015年版)")]
    [InlineData("中国共产党纪律处分条例_2003")]
    public void Year_and_edition_markers_are_not_part_of_the_lineage(string title) =>
        Assert.Equal(TitleNormalizer.Key("中国共产党纪律处分条例"), TitleNormalizer.Key(title));

    [Fact]
    public void A_trial_edition_and_the_final_one_share_a_lineage_and_the_state_prefix_is_ignored()
    {
        Assert.Equal(TitleNormalizer.Key("中国共产党巡视工作条例"), TitleNormalizer.Key("中国共产党巡视工作条例（试行）"));
        Assert.Equal(TitleNormalizer.Key("刑法"), TitleNormalizer.Key("中华人民共和国刑法"));
    }

    [Theory]
    [InlineData("中国共产党纪律检查机关案件检查工作条例", "中国共产党纪律检查机关案件检查工作条例实施细则")]
    [InlineData("中华人民共和国行政复议法", "中华人民共和国行政复议法实施条例")]
    [InlineData("最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）", "最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（二）")]
    [InlineData("中国共产党纪律处分条例", "中国共产党问责条例")]
    public void Different_regulations_are_not_merged(string a, string b) =>
        Assert.NotEqual(TitleNormalizer.Key(a), TitleNormalizer.Key(b));

    [Fact]
    public void Parts_of_a_code_in_separate_files_are_not_editions_of_each_other()
    {
        var editions = RegulationEditions.Load(TestPaths.Data);
        DocumentMetadata Part(string part)
        {
            var meta = new DocumentMetadata { Title = "中华人民共和国民法典", Type = "法律" };
            editions.Apply(meta, [new(1, part, "", 1), new(2, "第一章 一般规定", "", 2), new(3, "第一条 为了……，制定本法。", "")]);
            return meta;
        }
        Assert.NotEqual(Part("人格权编").EditionKey, Part("总则").EditionKey);
        // A numbered part heading opens every edition of a regulation in parts: not a part file.
        Assert.Equal(TitleNormalizer.Key("中华人民共和国民法典"), Part("第一编 总则").EditionKey);
    }

    [Theory]
    [InlineData("中华人民共和国刑法修正案（十一）", "法律")]
    [InlineData("宪法修正案（2018年）", "法律")]
    [InlineData("如何区分《问责条例》和《纪律处分条例》中的有关责任人", "条例")]
    [InlineData("新修订的《中国共产党纪律处分条例》施行后如何规范适用新旧条例", "条例")]
    [InlineData("中国共产党纪律处分条例", "问答")]
    [InlineData("在全省纪检监察工作会议上的讲话", "讲话")]
    [InlineData("一、基本案情", "条例")]
    [InlineData("准确理解纪律处分条例第三十九条规定", "条例")]
    public void Amendments_commentaries_and_other_documents_are_not_editions(string title, string type) =>
        Assert.False(RegulationEditions.IsRegulation(title, type));

    [Theory]
    [InlineData("中国共产党纪律处分条例 2018", 2018)]
    [InlineData("中国共产党纪律处分条例（2015年修订）", 2015)]
    [InlineData("刑法_2020年修订", 2020)]
    [InlineData("中国共产党纪律处分条例", null)]
    public void The_edition_year_is_read_from_the_title(string title, int? year) =>
        Assert.Equal(year, TitleNormalizer.TitleYear(title));

    [Fact]
    public void Without_a_year_in_the_title_the_latest_revision_above_the_first_article_dates_the_edition()
    {
        Paragraph P(int n, string text) => new(n, text, "");
        Assert.Equal(2018, RegulationEditions.HistoryYear(
        [
            P(1, "1979年7月1日 第五届全国人民代表大会第二次会议通过"),
            P(2, "2018年10月26日 第十三届全国人民代表大会常务委员会第六次会议第三次修正"),
            P(3, "第一章 总则"),
            P(4, "第一条 为了……，根据宪法，制定本法。2024年1月1日起施行。"),
        ]));
        Assert.Null(RegulationEditions.HistoryYear([P(1, "第一条 为了严肃党的纪律，制定本条例。")]));
    }

    [Fact]
    public void The_newest_edition_is_current_older_ones_superseded_and_repealed_stays_repealed()
    {
        var decided = RegulationEditions.Decide(
        [
            new("a", "条例1997", 1997, EditionStatus.Current),
            new("b", "条例2018", 2018, EditionStatus.Current),
            new("c", "条例2023", 2023, EditionStatus.Current),
            new("d", "条例", null, EditionStatus.Current),
        ]);
        Assert.Equal(EditionStatus.Current, decided["c"]);
        Assert.All(new[] { "a", "b" }, id => Assert.Equal(EditionStatus.Superseded, decided[id]));
        Assert.Equal(EditionStatus.Current, decided["d"]); // no year, no evidence that it is older

        var repealed = RegulationEditions.Decide([new("x", "行政监察法", 2010, EditionStatus.Repealed)]);
        Assert.Equal(EditionStatus.Repealed, repealed["x"]);
    }

    [Fact]
    public void Metadata_of_a_regulation_gets_its_key_year_and_status_from_the_data_file()
    {
        var editions = RegulationEditions.Load(TestPaths.Data);
        var regulation = new DocumentMetadata { Title = "中华人民共和国行政监察法（2010年修正）", Type = "法律" };
        editions.Apply(regulation);
        Assert.Equal(2010, regulation.EditionYear);
        Assert.Equal([EditionStatus.Repealed], regulation.FacetValues(FacetCatalog.Status));
        Assert.Contains("监察法", regulation.RepealedBy);

        var speech = new DocumentMetadata { Title = "在全省纪检监察工作会议上的讲话", Type = "讲话" };
        editions.Apply(speech);
        Assert.Empty(speech.FacetValues(FacetCatalog.Status));
        Assert.Equal("", speech.EditionKey);
    }
}
