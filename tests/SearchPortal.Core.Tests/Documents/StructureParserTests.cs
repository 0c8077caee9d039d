using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;
using static SearchPortal.Core.Tests.Documents.DocumentBuilder;

namespace SearchPortal.Core.Tests.Documents;

public class StructureParserTests
{
    [Fact]
    public void Chinese_outline_levels_nest_and_close()
    {
        var ps = Structure(
            "一、总体要求",
            "（一）指导思想",
            "坚持以习近平新时代中国特色社会主义思想为指导。",
            "1.坚持问题导向",
            "（1）聚焦重点",
            "正文一。",
            "（二）基本原则",
            "正文二。",
            "二、主要任务",
            "正文三。");
        Assert.Equal([1, 2, 0, 3, 4, 0, 2, 0, 1, 0], ps.Select(p => p.HeadingLevel));
        Assert.Equal("一、总体要求 › （一）指导思想 › 1.坚持问题导向 › （1）聚焦重点", ps[5].HeadingPath);
        Assert.Equal("一、总体要求 › （二）基本原则", ps[7].HeadingPath);
        Assert.Equal("二、主要任务", ps[9].HeadingPath);
    }

    [Fact]
    public void Numbered_heading_sentence_followed_by_body_is_a_labelled_body_paragraph()
    {
        var ps = Structure(
            "一、提高站位",
            "1.要深刻认识到，政治谈话是督促做到“两个维护”的深刻警醒。在全面从严治党实践中，我们党深刻认识到问题。",
            "所以，同志们一定要认识到此次谈话的政治属性。",
            "2.要始终站稳人民立场。民心是最大的政治。");
        Assert.Equal(0, ps[1].HeadingLevel);
        Assert.Equal("一、提高站位 › 1.要深刻认识到，政治谈话是督促做到“两个维护”的深刻警醒", ps[1].HeadingPath);
        Assert.Equal(ps[1].HeadingPath, ps[2].HeadingPath);
        Assert.Equal("一、提高站位 › 2.要始终站稳人民立场", ps[3].HeadingPath);
        Assert.StartsWith("1.要深刻认识到", ps[1].Text); // text kept whole
        Assert.EndsWith("我们党深刻认识到问题。", ps[1].Text);
    }

    [Fact]
    public void Long_first_sentence_labels_are_shortened_consistently()
    {
        var ps = Structure("1.要坚持把政治标准和政治要求贯穿到各项事业之中不断提高政治判断力政治领悟力政治执行力。具体要求如下。");
        var label = ps[0].HeadingPath;
        Assert.EndsWith("…", label);
        Assert.Equal(HeadingLabel.MaxLength + 1, label.Length);
    }

    [Fact]
    public void Articles_label_the_path_and_keep_the_text_whole()
    {
        var ps = Structure(
            "第一章 总则",
            "第一条 为了维护护士的合法权益，制定本条例。",
            "第二条　本条例所称护士，是指经执业注册取得护士执业证书的卫生技术人员。",
            "全社会应当尊重护士。",
            "（一）告诉才处理的案件：",
            "⒈侮辱、诽谤案；",
            "第二章 执业注册",
            "第三条 护士执业，应当经执业注册。");
        Assert.Equal(1, ps[0].HeadingLevel);
        Assert.Equal("第一章 总则 › 第一条", ps[1].HeadingPath);
        Assert.Equal(0, ps[1].HeadingLevel);
        Assert.Equal("第一章 总则 › 第二条", ps[3].HeadingPath);
        Assert.Equal("第一章 总则 › 第二条 › （一）告诉才处理的案件：", ps[5].HeadingPath);
        Assert.Equal("第二章 执业注册 › 第三条", ps[7].HeadingPath);
    }

    [Fact]
    public void Civil_code_article_numbers_in_the_thousands_are_articles()
    {
        var ps = Structure("第五章 名誉权和荣誉权", "第一千零二十六条 认定行为人是否尽到前条第二项规定的合理核实义务，应当考虑下列因素：", "（一）内容来源的可信度；");
        Assert.Equal("第五章 名誉权和荣誉权 › 第一千零二十六条", ps[1].HeadingPath);
        Assert.Equal("第五章 名誉权和荣誉权 › 第一千零二十六条", ps[2].HeadingPath);
    }

    [Fact]
    public void Article_references_in_prose_are_not_articles()
    {
        var ps = Structure("一、处分的影响", "第九条至第十二条规定，党员受到警告处分，一年内不得在党内提升职务。");
        Assert.Equal("一、处分的影响", ps[1].HeadingPath);
    }

    [Theory]
    [InlineData("1.5亿元资金已全部到位，用于乡村振兴。")]
    [InlineData("2021年3月5日，县委召开常委会议。")]
    [InlineData("2021.3.5 县委召开常委会议。")]
    [InlineData("12.3%的干部参加了培训。")]
    [InlineData("一是上级有要求。政治谈话是一个长期性的工作。")]
    [InlineData("一九四四年九月八日")]
    public void Prose_that_starts_with_numbers_is_not_a_heading(string line)
    {
        var ps = Structure("一、总体要求", line);
        Assert.Equal(0, ps[1].HeadingLevel);
        Assert.Equal("一、总体要求", ps[1].HeadingPath);
    }

    [Fact]
    public void List_items_ending_in_semicolons_close_siblings_but_open_nothing()
    {
        var ps = Structure(
            "9.国内联播快讯：",
            "（1）21家主要银行上半年减免服务费用1375亿元；",
            "（2）我国移动物联网连接数超过移动电话用户数；",
            "10.中方欢迎77国集团成员参与全球发展倡议；",
            "后续正文。");
        Assert.Equal(1, ps[0].HeadingLevel);
        Assert.Equal("9.国内联播快讯：", ps[2].HeadingPath);
        Assert.Equal("", ps[3].HeadingPath);
        Assert.Equal("", ps[4].HeadingPath);
    }

    [Fact]
    public void Reader_headings_and_markdown_lines_build_the_path_and_the_title_is_not_repeated()
    {
        var blocks = new List<TextBlock>
        {
            new(BlockKind.Heading, "护士条例", 1),
            new(BlockKind.Paragraph, "2008年1月31日 中华人民共和国国务院令第517号公布"),
            new(BlockKind.Heading, "第一章 总则", 2),
            new(BlockKind.Paragraph, "第一条 为了维护护士的合法权益，制定本条例。"),
            new(BlockKind.Heading, "", 2),
            new(BlockKind.Paragraph, "## 第二章 执业注册"),
            new(BlockKind.Paragraph, "第七条 护士执业，应当经执业注册。"),
            new(BlockKind.Paragraph, "## "),
        };
        var ps = new StructureParser().Parse(blocks);
        Assert.Equal(6, ps.Count); // empty headings carry no text and are dropped
        Assert.Equal(1, ps[0].HeadingLevel);
        Assert.Equal("", ps[1].HeadingPath);
        Assert.Equal("第一章 总则", ps[2].HeadingPath);
        Assert.Equal("第一章 总则 › 第一条", ps[3].HeadingPath);
        Assert.Equal("第二章 执业注册", ps[4].Text);
        Assert.Equal(1, ps[4].HeadingLevel);
        Assert.Equal("第二章 执业注册 › 第七条", ps[5].HeadingPath);
        Assert.Equal(Enumerable.Range(1, 6), ps.Select(p => p.Ordinal));
    }

    [Fact]
    public void Same_level_first_heading_is_a_section_not_a_title()
    {
        var blocks = new List<TextBlock>
        {
            new(BlockKind.Heading, "关键词", 2),
            new(BlockKind.Paragraph, "民事、买卖合同、欺诈。"),
            new(BlockKind.Heading, "裁判要点", 2),
            new(BlockKind.Paragraph, "为家庭生活消费需要购买汽车，发生欺诈纠纷的，可以按照消费者权益保护法处理。"),
        };
        var ps = new StructureParser().Parse(blocks);
        Assert.Equal("关键词", ps[1].HeadingPath);
        Assert.Equal("裁判要点", ps[3].HeadingPath);
    }

    [Fact]
    public void Maoxuan_section_titles_and_notes_are_headings()
    {
        var ps = Structure(
            "# 中国革命战争的战略问题",
            "（一九三六年十二月）",
            "一　中国的特点和革命",
            "　　研究中国革命战争的规律。",
            "注释",
            "[1] 见斯大林《论中国革命的前途》。");
        Assert.Equal("中国革命战争的战略问题", ps[0].Text);
        Assert.Equal("", ps[1].HeadingPath);
        Assert.Equal(1, ps[2].HeadingLevel);
        Assert.Equal("一　中国的特点和革命", ps[3].HeadingPath);
        Assert.Equal("注释", ps[5].HeadingPath);
    }

    [Fact]
    public void Bold_numbered_headings_are_recognised()
    {
        var ps = Structure("**一、总体要求**", "正文。");
        Assert.Equal(1, ps[0].HeadingLevel);
        Assert.Equal("一、总体要求", ps[1].HeadingPath);
    }

    [Fact]
    public void Number_alone_on_its_line_takes_its_label_from_the_next_line()
    {
        var ps = Structure("一、中央政治局全体同志要改进调查研究。到基层调研要深入了解真实情况。", "二、", "要精简会议活动，切实改进会风。严格控制会议。", "三、要精简文件简报。");
        Assert.Equal(1, ps[1].HeadingLevel);
        Assert.Equal("二、要精简会议活动，切实改进会风", ps[2].HeadingPath);
        Assert.Equal("三、要精简文件简报", ps[3].HeadingPath);
    }

    [Fact]
    public void Last_item_of_a_list_ending_with_a_full_stop_is_still_an_item()
    {
        var ps = Structure(
            "第六条 省委巡视工作领导小组的职责是：",
            "（一）贯彻中央有关决议；",
            "（二）听取巡视工作汇报；",
            "（三）研究处理巡视工作中遇到的问题。",
            "第七条 省委巡视工作领导小组下设办公室。");
        Assert.All(ps, p => Assert.Equal(0, p.HeadingLevel));
        Assert.Equal("第六条", ps[3].HeadingPath);
        Assert.Equal("第七条", ps[4].HeadingPath);

        // Outside articles a run of "；" items also ends with an item.
        var list = Structure("1.坚持问题导向；", "2.聚焦重点任务。", "正文。");
        Assert.Equal(0, list[1].HeadingLevel);
        Assert.Equal("", list[2].HeadingPath);
    }

    [Fact]
    public void Short_unnumbered_section_labels_enclose_the_outline_after_them()
    {
        var ps = Structure(
            "以案明纪释法 | 中间人部分截留贿款共同受贿数额如何认定",
            "基本案情",
            "甲系某公安机关三大队大队长，乙系某私营公司实际控制人，与甲关系密切。",
            "意见分析",
            "本案中，笔者同意第三种意见，具体分析如下。",
            "一、共同受贿概括性主观故意应不超过行为人主观认知范围",
            "通常情况下，如果中间人在转交贿款时截留部分款项，应当如何认定。",
            "同志们",
            "今天我们在这里召开会议，主要任务是总结工作、部署任务。");
        Assert.Equal(0, ps[0].HeadingLevel);              // the first line is the title, not a label
        Assert.Equal(1, ps[1].HeadingLevel);
        Assert.Equal("基本案情", ps[2].HeadingPath);
        Assert.Equal("意见分析", ps[4].HeadingPath);
        Assert.Equal(2, ps[5].HeadingLevel);
        Assert.Equal("意见分析 › 一、共同受贿概括性主观故意应不超过行为人主观认知范围", ps[6].HeadingPath);
        Assert.Equal(0, ps[7].HeadingLevel);              // a salutation is not a label

        // Runs of short lines (verse, name lists) are not labels.
        var verse = Structure("标题", "红军不怕远征难", "万水千山只等闲", "五岭逶迤腾细浪，乌蒙磅礴走泥丸，金沙水拍云崖暖。");
        Assert.All(verse, p => Assert.Equal(0, p.HeadingLevel));
    }
}
