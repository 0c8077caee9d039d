using SearchPortal.Web.Services;

namespace SearchPortal.Web.Tests.Services;

public sealed class CitationFormatterTests
{
    private static DocumentView Doc(string? date = "2021-03-05", int? year = 2021, string role = "副县长", string speaker = "") => new()
    {
        Id = "speeches/a.txt", Title = "副县长在集体政治谈话会上的讲话", Date = date, Year = year, Role = role, Speaker = speaker,
    };

    [Fact]
    public void A_paragraph_is_quoted_with_title_role_date_and_section()
    {
        var cite = new CitationFormatter().ForParagraph(Doc(), " 党的十八大以来，全县政治生态持续向好。 ", "二、正视问题 › 1.要清醒认识");
        Assert.Equal("“党的十八大以来，全县政治生态持续向好。”（《副县长在集体政治谈话会上的讲话》，副县长，2021年3月5日，二、正视问题，1.要清醒认识）", cite);
    }

    [Fact]
    public void Unknown_parts_are_left_out()
    {
        Assert.Equal("“正文。”（《副县长在集体政治谈话会上的讲话》）", new CitationFormatter().ForParagraph(Doc(null, null, ""), "正文。", ""));
        Assert.Equal("《副县长在集体政治谈话会上的讲话》，副县长，2021年", new CitationFormatter().ForTitle(Doc(null, 2021)));
    }

    [Fact]
    public void A_heading_is_not_repeated_as_its_own_section()
    {
        var cite = new CitationFormatter().ForParagraph(Doc(), "二、正视问题", "二、正视问题");
        Assert.Equal("“二、正视问题”（《副县长在集体政治谈话会上的讲话》，副县长，2021年3月5日）", cite);
    }

    [Theory]
    [InlineData("2021-03-05", 2021, "2021年3月5日")]
    [InlineData("2021-12-31", 2021, "2021年12月31日")]
    [InlineData(null, 2015, "2015年")]
    [InlineData("not a date", null, "")]
    public void Dates_are_written_the_Chinese_way(string? iso, int? year, string expected) =>
        Assert.Equal(expected, CitationFormatter.FormatDate(iso, year));
}

public sealed class DocumentLinksTests
{
    [Theory]
    [InlineData("speeches/讲话 稿.txt", "/documents/speeches/%E8%AE%B2%E8%AF%9D%20%E7%A8%BF.txt")]
    [InlineData("a/b#c?.md", "/documents/a/b%23c%3F.md")]
    public void Ids_are_escaped_per_segment(string id, string url) => Assert.Equal(url, DocumentLinks.Page(id));

    [Fact]
    public void Query_and_paragraph_go_into_the_link() =>
        Assert.Equal("/documents/a.txt?q=%E5%9B%9B%E9%A3%8E#p-12", DocumentLinks.Page("a.txt", "四风", 12));

    [Theory]
    [InlineData("speeches/000_5847f394c549e8c0.txt", true)]
    [InlineData("规章/中国共产党纪律处分条例(2023).md", true)]
    [InlineData("../../etc/passwd", false)]
    [InlineData("speeches/../../etc/passwd", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("..\\..\\windows", false)]
    [InlineData("C:/Windows/win.ini", false)]
    [InlineData("a//b", false)]
    [InlineData("a/./b", false)]
    [InlineData("a\0b", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Ids_that_can_never_be_in_the_index_are_refused_early(string? id, bool valid) =>
        Assert.Equal(valid, DocumentLinks.LooksValid(id, SearchLimits.Default));
}
