using SearchPortal.Core.Documents;
using static SearchPortal.Core.Tests.Documents.DocumentBuilder;

namespace SearchPortal.Core.Tests.Documents;

public class DateExtractorTests
{
    private readonly DateExtractor _dates = new(maxYear: 2026);

    [Theory]
    [InlineData("会议于2021年3月5日召开", "2021-03-05")]
    [InlineData("2021年03月05日", "2021-03-05")]
    [InlineData("2021 年 3 月 5 日", "2021-03-05")]
    [InlineData("发布时间： 2021-03-05 08:10", "2021-03-05")]
    [InlineData("2021.3.5", "2021-03-05")]
    [InlineData("2021/3/5", "2021-03-05")]
    [InlineData("（一九四四年九月八日）", "1944-09-08")]
    [InlineData("二〇一九年十月八日", "2019-10-08")]
    [InlineData("一九三八年十月十二日至十四日", "1938-10-12")]
    [InlineData("一九五七年二月二十七日", "1957-02-27")]
    [InlineData("时间:2021-07-01", "2021-07-01")]
    [InlineData("（1937.5.3）", "1937-05-03")]
    public void Full_dates_in_text(string text, string expected)
    {
        var found = _dates.FindFullDate(text);
        Assert.NotNull(found);
        Assert.Equal(DateOnly.Parse(expected), found.Value.Date);
    }

    [Theory]
    [InlineData("护士条例(2020-03-27)", "2020-03-27")]
    [InlineData("20230408", "2023-04-08")]
    [InlineData("015_2 当前时局的最大危机（1939年6月30日）", "1939-06-30")]
    public void Full_dates_in_file_names(string name, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), _dates.FindFullDate(name, allowCompact: true)?.Date);

    [Theory]
    [InlineData("中国共产党纪律处分条例（2015年修订）", 2015)]
    [InlineData("中华人民共和国宪法修正案（2004年）", 2004)]
    [InlineData("2018年版", 2018)]
    [InlineData("全国人民代表大会常务委员会关于渎职罪主体适用问题的解释（2002）", 2002)]
    [InlineData("（一九四〇年一月）", 1940)]
    [InlineData("一九三九年冬季", 1939)]
    [InlineData("(2017年12月修改)", 2017)]
    public void Year_only(string text, int year)
    {
        Assert.Null(_dates.FindFullDate(text));
        var found = _dates.Find(text);
        Assert.NotNull(found);
        Assert.Null(found.Value.Date);
        Assert.Equal(year, found.Value.Year);
    }

    [Theory]
    [InlineData("第1820次会议")]
    [InlineData("1375亿元")]
    [InlineData("3038年的设想")]          // after this year + 1
    [InlineData("1850年鸦片战争以后")]    // before 1900
    [InlineData("47 3038637")]
    [InlineData("12345678")]               // not a calendar date even where compact dates are allowed
    public void Nonsense_is_not_a_date(string text)
    {
        Assert.Null(_dates.FindFullDate(text, allowCompact: true));
        Assert.Null(_dates.FindYear(text));
    }

    [Fact]
    public void Impossible_day_is_not_a_full_date_but_keeps_its_year()
    {
        Assert.Null(_dates.FindFullDate("2021年2月30日"));
        Assert.Equal(2021, _dates.Find("2021年2月30日")?.Year);
    }

    [Fact]
    public void Earliest_date_wins_whatever_its_form()
    {
        Assert.Equal(new DateOnly(1998, 3, 28), _dates.FindFullDate("1998年3月28日通过 2019-05-31修订")?.Date);
        Assert.Equal(new DateOnly(2019, 5, 31), _dates.FindFullDate("2019-05-31修订（1998年3月28日通过）")?.Date);
    }

    [Fact]
    public void Document_date_prefers_title_then_file_name_then_a_note_near_the_top()
    {
        var fromNote = Extract("speeches/maoxuan/019 为人民服务.txt",
            "# 为人民服务", "（一九四四年九月八日）", "* 这是毛泽东在中共中央警备团追悼张思德的会上的讲演。",
            "　　我们的共产党和共产党所领导的八路军、新四军，是革命的队伍。一九三五年一月开过会。");
        Assert.Equal(new DateOnly(1944, 9, 8), fromNote.Date);
        Assert.Equal(1944, fromNote.Year);

        var fromFile = Extract("articles/xinwenlianbo/20230408.md", "# 《新闻联播》", "本期节目主要内容：", "2022年9月1日，某地召开会议。");
        Assert.Equal(new DateOnly(2023, 4, 8), fromFile.Date);

        var fromTitle = Extract("regulations/x.md", "中国共产党纪律处分条例（2015年修订）", "2015年10月12日中共中央政治局会议审议通过");
        Assert.Equal(new DateOnly(2015, 10, 12), fromTitle.Date); // a full date near the top beats a bare year

        var yearOnly = Extract("regulations/y.md", "中国共产党纪律处分条例（2015年修订）", "第一条 为了维护党的章程和其他党内法规，制定本条例。");
        Assert.Null(yearOnly.Date);
        Assert.Equal(2015, yearOnly.YearOnly);
    }

    [Fact]
    public void Edition_year_in_the_title_beats_older_dates_in_the_history_note()
    {
        var m = Extract("regulations/ccdi-kb/党内法律法规/中国共产党纪律处分条例_2023.md",
            "中国共产党纪律处分条例 2023", "（2003年12月23日中共中央印发 2023年12月19日中共中央修订）", "第一章 指导思想、原则和适用范围");
        Assert.Equal(new DateOnly(2023, 12, 19), m.Date);

        var bare = Extract("regulations/ccdi-kb/党内法律法规/中国共产党纪律处分条例_2018.md",
            "中国共产党纪律处分条例 2018", "第一条 为了维护党的章程和其他党内法规，制定本条例。");
        Assert.Null(bare.Date);
        Assert.Equal(2018, bare.YearOnly);
    }

    [Fact]
    public void Date_note_under_the_title_beats_a_later_publication_date()
    {
        var m = Extract("speeches/maoxuan/017 实践论.txt",
            "# 实践论", "（一九三七年七月）",
            "* 这是毛泽东为揭露党内的主观主义错误而写的文章。一九五一年三月二十七日人民日报发表。",
            "一九五一年三月二十七日人民日报发表。");
        Assert.Null(m.Date);
        Assert.Equal(1937, m.YearOnly);
    }

    [Fact]
    public void Date_deep_in_the_text_is_not_the_documents()
    {
        var lines = new List<string> { "关于加强作风建设的几点思考" };
        lines.AddRange(Enumerable.Range(1, 45).Select(i => $"第{i}段正文，讲的是作风建设的道理。"));
        lines.Add("2020年5月14日，某县召开会议。");
        Assert.Null(Extract("articles/a.md", lines.ToArray()).Year);
    }
}
