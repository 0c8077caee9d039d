using SearchPortal.Core.Comparison;
using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Tests.Comparison;

/// <summary>新旧对照 rules: articles split from paragraphs, aligned by text (renumbered, reworded, moved, added, deleted).</summary>
public sealed class ArticleAlignerTests
{
    private static DocumentParagraph P(int n, string text, int level = 0) => new(n, "", level, text);

    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("二十八", 28)]
    [InlineData("一百零五", 105)]
    [InlineData("一百五十八", 158)]
    [InlineData("42", 42)]
    [InlineData("三十一", 31)]
    [InlineData("一百一十八", 118)]
    public void Chinese_article_numbers_are_read(string text, int number) => Assert.Equal(number, ChineseNumber.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("二二")]
    [InlineData("十X")]
    public void What_is_not_one_number_is_null(string text) => Assert.Null(ChineseNumber.Parse(text));

    [Fact]
    public void Articles_take_their_clauses_and_leave_chapter_headings_out()
    {
        var articles = ArticleSplitter.Split(
        [
            P(1, "（2023年12月19日中共中央发布）"),
            P(2, "第一章 总则", 1),
            P(3, "第一条 为了严肃党的纪律，制定本条例。"),
            P(4, "第二条　党的纪律处分工作应当坚持以下原则："),
            P(5, "（一）党要管党、从严治党。"),
            P(6, "第二章 违纪与纪律处分", 1),
            P(7, "第二十八条 对违反政治纪律的，给予警告处分。"),
        ]);
        Assert.Equal([1, 2, 28], articles.Select(a => a.Number));
        Assert.Equal("党的纪律处分工作应当坚持以下原则：\n（一）党要管党、从严治党。", articles[1].Text);
        Assert.Equal(7, articles[2].Ordinal);
    }

    private static Article A(int n, string text) => new(n, $"第{n}条", text, n);

    [Fact]
    public void Renumbered_reworded_moved_added_and_deleted_articles_are_told_apart()
    {
        IReadOnlyList<Article> older =
        [
            A(1, "为了维护党章和其他党内法规，严肃党的纪律，制定本条例。"),
            A(2, "本条例适用于违犯党纪应当受到党纪追究的党组织和党员。"),
            A(3, "党员受到警告处分一年内，不得在党内提升职务。"),
            A(4, "对于违犯党的纪律的党员，应当区别不同情况，给予批评教育。"),
            A(5, "本条例由中央纪律检查委员会负责解释。"),
        ];
        IReadOnlyList<Article> newer =
        [
            A(1, "为了维护党章和其他党内法规，严肃党的纪律，纯洁党的组织，制定本条例。"),
            A(2, "党的纪律建设必须坚持以习近平新时代中国特色社会主义思想为指导。"),
            A(3, "本条例适用于违犯党纪应当受到党纪追究的党组织和党员。"),
            A(4, "本条例由中央纪律检查委员会负责解释。"),
            A(5, "党员受到警告处分一年内，不得在党内提升职务。"),
        ];
        var rows = ArticleAligner.Align(older, newer);
        string ChangeOf(int? a, int? b) => rows.Single(r => r.A?.Number == a && r.B?.Number == b).Change;
        Assert.Equal(ArticleAligner.Changed, ChangeOf(1, 1));      // reworded in place
        Assert.Equal(ArticleAligner.Added, ChangeOf(null, 2));
        Assert.Equal(ArticleAligner.Unchanged, ChangeOf(2, 3));    // renumbered by the insertion, same text
        Assert.Equal(ArticleAligner.Deleted, ChangeOf(4, null));
        Assert.Single(rows, r => r.Change == ArticleAligner.Moved); // 3 and 5 swapped order: one of them moved
        Assert.Equal(6, rows.Count);
        Assert.Equal([1, 2, 3], rows.Take(3).Select(r => r.B?.Number ?? 0)); // rows follow the newer edition
    }

    [Fact]
    public void Changes_inside_an_article_are_marked_character_by_character_and_encoded()
    {
        var (a, b) = EditionComparer.Marked("严肃党的纪律，制定<本>条例。", "严肃党的纪律，纯洁党的组织，制定<本>条例。");
        Assert.Equal("严肃党的纪律，制定&lt;本&gt;条例。", a);
        Assert.Equal("严肃党的纪律，<ins>纯洁党的组织，</ins>制定&lt;本&gt;条例。", b);
        var (old, _) = EditionComparer.Marked("给予警告或者严重警告处分", "给予警告处分");
        Assert.Equal("给予警告<del>或者严重警告</del>处分", old);
    }
}
