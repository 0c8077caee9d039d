using SearchPortal.Core.Documents;
using static SearchPortal.Core.Tests.Documents.DocumentBuilder;

namespace SearchPortal.Core.Tests.Documents;

/// <summary>Type, speaker, role, level, occasion and topics on the opening lines of real documents from ../shared/corpus.</summary>
public class MetadataExtractorTests
{
    [Fact]
    public void Maoxuan_speech_note_names_type_speaker_and_occasion()
    {
        var m = Extract("speeches/maoxuan/第三卷/抗日战争时期（下）/019 为人民服务.txt",
            "# 为人民服务", "（一九四四年九月八日）", "* 这是毛泽东在中共中央警备团追悼张思德的会上的讲演。",
            "　　我们的共产党和共产党所领导的八路军、新四军，是革命的队伍。我们这个队伍完全是为着解放人民的，是彻底地为人民的利益工作的。");
        Assert.Equal("为人民服务", m.Title);
        Assert.Equal("讲话", m.Type);
        Assert.Equal("毛泽东", m.Speaker);
        Assert.Equal("中共中央警备团追悼张思德的会", m.OccasionDetail);
        Assert.Equal("追悼会", m.Occasion);
        Assert.Equal(1944, m.Year);
    }

    [Fact]
    public void Maoxuan_report_note_with_a_date_before_the_place()
    {
        var m = Extract("speeches/maoxuan/第二卷/抗日战争时期（上）/006 上海太原失陷以后抗日战争的形势和任务.txt",
            "# 上海太原失陷以后抗日战争的形势和任务", "（一九三七年十一月十二日）",
            "> * 这是毛泽东一九三七年十一月在延安中国共产党的活动分子会议上的报告提纲。从这时起，党内右倾机会主义分子就反对这个提纲。",
            "一　目前形势是处在片面抗战到全面抗战的过渡期中");
        Assert.Equal("报告", m.Type);
        Assert.Equal("毛泽东", m.Speaker);
    }

    [Fact]
    public void Occasion_skips_the_date_written_before_the_place()
    {
        var m = Extract("speeches/maoxuan/015 中国共产党在抗日时期的任务.txt",
            "中国共产党在抗日时期的任务", "（1937.5.3）",
            "* 这是毛泽东在一九三七年五月二日至十四日在延安召开的中国共产党全国代表会议上的报告。",
            "（一）由于中日矛盾成为主要的矛盾，形成了目前形势的新的发展阶段。");
        Assert.Equal("报告", m.Type);
        Assert.Equal("延安召开的中国共产党全国代表会议", m.OccasionDetail);
        Assert.Equal("党代会", m.Occasion);
        Assert.Equal(new DateOnly(1937, 5, 3), m.Date);
    }

    [Fact]
    public void Maoxuan_article_note_is_an_article()
    {
        var m = Extract("speeches/maoxuan/第二卷/抗日战争时期（上）/013 五四运动.txt",
            "# 五四运动", "（一九三九年五月）",
            "* 这是毛泽东为延安出版的中共中央机关报《解放》写的纪念五四运动二十周年的文章。",
            "　　二十年前的五四运动，表现中国反帝反封建的资产阶级民主革命已经发展到了一个新阶段。");
        Assert.Equal("文章", m.Type);
        Assert.Equal("毛泽东", m.Speaker);
        Assert.Equal(1939, m.YearOnly);
    }

    [Theory]
    [InlineData("中国共产党纪律处分条例（2018年修订）", "条例")]
    [InlineData("中国共产党廉洁自律准则", "条例")]
    [InlineData("《中共中央八项规定》（全文）", "条例")]
    [InlineData("中国共产党问责条例", "条例")]
    [InlineData("中共山东省委贯彻《中国共产党巡视工作条例》实施办法", "条例")]
    [InlineData("中国共产党纪律检查机关监督执纪工作规则", "条例")]
    [InlineData("护士条例", "条例")]
    [InlineData("中华人民共和国监察法", "法律")]
    [InlineData("中华人民共和国刑法修正案（七）", "法律")]
    [InlineData("中华人民共和国宪法修正案（2004年）", "法律")]
    [InlineData("最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释", "法律")]
    [InlineData("中央纪委法规室回复:5种党纪处分对党员各有什么影响？", "问答")]
    [InlineData("网友“郑鑫”问：如何做好互涉案件办理中的法法衔接？", "问答")]
    [InlineData("中央巡视办解读《关于加强巡视整改和成果运用的意见》", "文章")]
    [InlineData("关于国际新形势对新华日报记者的谈话", "问答")]
    [InlineData("《新闻联播》 (20220924)", "新闻")]
    [InlineData("关于新形势下党内政治生活的若干准则", "条例")]
    [InlineData("全国人民代表大会常务委员会关于加强反腐败国际合作的决定", "决定")]
    [InlineData("关于加强巡视整改和成果运用的意见", "意见")]
    [InlineData("湖南农民运动考察报告", "报告")]
    [InlineData("县委书记在全县警示教育大会上的讲话", "讲话")]
    [InlineData("在2023年度民主生活会上的发言提纲", "讲话")]
    [InlineData("学习贯彻党的二十大精神心得体会", "心得体会")]
    [InlineData("中央纪委国家监委召开警示教育大会", "新闻")]
    [InlineData("关于召开全县警示教育大会的通知", "意见")]
    [InlineData("关于3起违反中央八项规定精神典型问题的通报", "通报")]
    [InlineData("审理阅卷的四种方法", "文章")]
    [InlineData("处分决定文书中常见的几个问题", "文章")]
    public void Type_from_real_titles(string title, string type)
    {
        // Enough running text that a title without cues would be an article: the title must decide.
        var m = Extract("regulations/any.md", title,
            "这是一段正文，讲述有关的规定和做法。", "第二段正文，继续说明具体的要求。", "第三段正文，提出工作中的注意事项和办法。",
            "第四段正文。" + new string('文', 300) + "。");
        Assert.Equal(type, m.Type);
    }

    [Fact]
    public void Type_never_comes_from_the_folder_alone()
    {
        // A short untitled list in a "speeches" or "你问我答" folder is not a speech or a Q&A.
        Assert.Equal("其他", Extract("speeches/讲话/目录.txt", "目录", "第一卷", "第二卷").Type);
        Assert.Equal("其他", Extract("regulations/ccdi-kb/你问我答/索引.md", "索引", "一号", "二号").Type);
    }

    [Fact]
    public void Text_cues_decide_when_the_title_does_not()
    {
        Assert.Equal("讲话", Extract("a.txt", "在新的起点上", "同志们：", "今天我们召开会议。").Type);
        Assert.Equal("问答", Extract("a.md", "巡视整改", "问：请介绍一下制定《意见》的背景。", "答：党中央高度重视巡视整改。").Type);
        Assert.Equal("新闻", Extract("a.md", "《新闻联播》", "## 新闻摘要", "本期节目主要内容：", "1.【领航中国】共护一江水；").Type);
        Assert.Equal("通报", Extract("a.md", "10号：徐某对抗组织审查案", "（2022年指导性案例第3号）", "【关键词】", "对抗组织审查；政治纪律").Type);
    }

    [Theory]
    [InlineData("副县长在集体政治谈话会上的讲话稿", "副县长", "县", "", "集体政治谈话会", "集体政治谈话会")]
    [InlineData("县委书记张三在全县警示教育大会上的讲话", "县委书记", "县", "张三", "全县警示教育大会", "警示教育大会")]
    [InlineData("XXX同志在市纪委全会上的讲话", "", "市", "", "市纪委全会", "纪委全会")]
    [InlineData("市纪委书记在全市党风廉政建设工作会议上的讲话", "市纪委书记", "市", "", "全市党风廉政建设工作会议", "党风廉政建设工作会议")]
    [InlineData("镇长在2023年度民主生活会上的发言", "镇长", "乡镇", "", "2023年度民主生活会", "民主生活会")]
    [InlineData("省委书记在全省乡村振兴推进会上的讲话", "省委书记", "省", "", "全省乡村振兴推进会", "推进会")]
    [InlineData("在中央纪委第五次全体会议上的讲话", "", "中央", "", "中央纪委第五次全体会议", "纪委全会")]
    [InlineData("在市委常委班子民主生活会上的讲话", "", "市", "", "市委常委班子民主生活会", "民主生活会")]
    [InlineData("县委副书记在全县巡察工作动员部署会上的讲话", "县委副书记", "县", "", "全县巡察工作动员部署会", "巡视工作会议")]
    [InlineData("在全镇生态环境保护暨人居环境整治工作会议上的讲话", "", "乡镇", "", "全镇生态环境保护暨人居环境整治工作会议", "工作会议")]
    public void Role_level_speaker_and_occasion_from_speech_titles(string title, string role, string level, string speaker, string detail, string occasion)
    {
        var m = Extract("speeches/x.txt", title, "同志们：", "今天我们在这里召开会议。");
        Assert.Equal("讲话", m.Type);
        Assert.Equal(role, m.Role);
        Assert.Equal(level, m.Level);
        Assert.Equal(speaker, m.Speaker);
        Assert.Equal(detail, m.OccasionDetail);
        Assert.Equal(occasion, m.Occasion);
    }

    [Fact]
    public void Byline_under_the_title_names_role_and_speaker_but_a_sentence_does_not()
    {
        var m = Extract("a.txt", "在全县安全生产工作会议上的讲话", "县长　王建国", "同志们：", "今天我们召开会议。");
        Assert.Equal(("县长", "县", "王建国"), (m.Role, m.Level, m.Speaker));

        var news = Extract("a.txt", "清江市召开学习教育工作座谈会", "本报讯 5月19日下午，清江市召开座谈会。",
            "市委常委、组织部部长郑国华出席会议并讲话");
        Assert.Equal("新闻", news.Type);
        Assert.Equal(("", ""), (news.Role, news.Speaker));
    }

    [Fact]
    public void Subtitle_names_a_reflection_under_a_motto_title()
    {
        var m = Extract("a.txt", "守初心 担使命", "——参加主题教育的心得体会", "我认真研读了有关论述。我走访了群众。我深受教育。");
        Assert.Equal("心得体会", m.Type);
    }

    [Theory]
    [InlineData("中华人民共和国监察法", "中央")]
    [InlineData("重庆市天然气管理条例", "省")]
    [InlineData("中共山东省委贯彻《中国共产党巡视工作条例》实施办法", "省")]
    [InlineData("杭州市城市绿化管理条例", "")]
    public void Level_of_non_speeches_from_title_cues(string title, string level) =>
        Assert.Equal(level, Extract("regulations/x.md", title, "第一条 为了规范管理，制定本条例。").Level);

    [Fact]
    public void Roles_in_non_speech_titles_are_not_speaker_roles()
    {
        var m = Extract("regulations/案例.md", "某县委书记严重违纪违法案", "【关键词】", "受贿；违反廉洁纪律");
        Assert.Equal("通报", m.Type);
        Assert.Equal("", m.Role);
        Assert.Equal("县", m.Level);
    }

    [Fact]
    public void Noise_is_never_the_title_and_long_openings_fall_back_to_the_file_name()
    {
        Assert.Equal("讲话稿", Extract("a.txt", "爱美丽 分享 时间:", "\u00A0", "讲话稿", "正文。").Title);
        Assert.Equal("纪检监察机关如何认定和处理实名、匿名举报？",
            Extract("regulations/ccdi-kb/业务探讨/14期为您解答 纪检监察机关如何认定和处理实名、匿名举报？.md",
                "　　**编者按**：信访举报是纪检监察机关获取信息和案件线索的重要来源，是社会公众对党员干部、行政监察对象进行监督的重要渠道，是人民群众参与党风廉政建设和反腐败工作的重要形式。").Title
            .Replace("14期为您解答 ", ""));
        Assert.Equal("护士条例", Extract("regulations/lawrefbook/行政法规/护士条例(2020-03-27).md", "![image.png](x.png)").Title);
        Assert.Equal("党委会的工作方法", Extract("m.txt", "# 党委会的工作方法[1]*", "正文。").Title);
    }

    [Fact]
    public void Topics_come_from_title_or_repeated_body_terms_and_are_capped()
    {
        var m = Extract("a.txt", "关于营商环境的调研", "全面从严治党要求我们。", "全面从严治党永远在路上。",
            "巡察发现问题。", "形式主义要反对，官僚主义也要反对，形式主义害死人，官僚主义误事。");
        Assert.Equal("营商环境", m.Topics[0]);              // title first
        Assert.Contains("全面从严治党", m.Topics);          // twice in the body
        Assert.DoesNotContain("巡察", m.Topics);            // only once
        Assert.Contains("形式主义", m.Topics);
        Assert.True(Metadata.Topics.Vocabulary.Count >= 40);

        var many = Extract("b.txt", Metadata.Topics.Vocabulary.Select(t => $"{t}。{t}。").Prepend("总标题").ToArray());
        Assert.Equal(Metadata.Topics.MaxValues, many.Topics.Count);
    }

    [Fact]
    public void Front_matter_overrides_extraction()
    {
        var raw = Raw("a.md", ["副县长在集体政治谈话会上的讲话稿", "同志们：", "全面从严治党。全面从严治党。"],
            frontMatter: new Dictionary<string, string>
            {
                ["title"] = "改过的标题", ["date"] = "2021-03-05", ["type"] = "报告", ["speaker"] = "李四",
                ["role"] = "县长", ["level"] = "县", ["occasion"] = "常务会议", ["topics"] = "[营商环境, 乡村振兴]",
            });
        var m = Extract(raw);
        Assert.Equal("改过的标题", m.Title);
        Assert.Equal(new DateOnly(2021, 3, 5), m.Date);
        Assert.Equal("报告", m.Type);
        Assert.Equal("李四", m.Speaker);
        Assert.Equal("县长", m.Role);
        Assert.Equal("常务会议", m.Occasion);
        Assert.Equal(["营商环境", "乡村振兴"], m.Topics);

        var yearOnly = Extract(Raw("b.md", ["标题", "正文。"], frontMatter: new Dictionary<string, string> { ["year"] = "2015" }));
        Assert.Equal(2015, yearOnly.Year);
        Assert.Null(yearOnly.Date);
    }

    [Fact]
    public void Reader_title_wins_over_the_first_line()
    {
        var m = Extract(Raw("a.md", ["正文第一句。"], title: "中国共产党纪律处分条例"));
        Assert.Equal("中国共产党纪律处分条例", m.Title);
        Assert.Equal("条例", m.Type);
    }
}
