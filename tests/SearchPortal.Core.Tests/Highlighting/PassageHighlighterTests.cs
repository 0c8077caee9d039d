using SearchPortal.Core.Highlighting;

namespace SearchPortal.Core.Tests.Highlighting;

/// <summary>The one term marker of search passages and document pages: encoded text, &lt;mark&gt; only, folded matching.</summary>
public sealed class PassageHighlighterTests
{
    private static string Mark(string text, params string[] terms) => PassageHighlighter.MarkAll(text, terms);

    [Fact]
    public void Terms_are_marked_and_everything_else_encoded()
    {
        Assert.Equal("净化<mark>政治生态</mark>，&lt;script&gt;不是<mark>政治生态</mark>",
            Mark("净化政治生态，<script>不是政治生态", "政治生态"));
    }

    [Fact]
    public void Overlapping_and_adjacent_terms_become_one_mark()
    {
        Assert.Equal("<mark>政治生态</mark>建设", Mark("政治生态建设", "政治", "治生", "生态"));
        Assert.Equal("<mark>政治生态</mark>", Mark("政治生态", "政治", "生态"));
    }

    [Fact]
    public void A_term_made_of_markup_matches_text_not_markup()
    {
        Assert.Equal("a <mark>&lt;b&gt;</mark> c", Mark("a <b> c", "<b>"));
        Assert.Equal("&amp;lt;", Mark("&lt;", "lt;x"));
    }

    [Fact]
    public void Full_width_and_upper_case_letters_match_their_plain_form_and_keep_their_own_characters()
    {
        Assert.Equal("政务<mark>ＡＰＰ</mark>、<mark>App</mark>和<mark>app</mark>", Mark("政务ＡＰＰ、App和app", "app"));
        Assert.Equal("第<mark>２０２１</mark>年", Mark("第２０２１年", "2021"));
        Assert.Equal("<mark>ａｐｐ</mark>", Mark("ａｐｐ", "ＡＰＰ"));
    }

    [Fact]
    public void Blank_terms_mark_nothing()
    {
        Assert.Equal("政治 生态", Mark("政治 生态", " ", "", "\u3000"));
        Assert.Equal("", Mark("", "政治"));
    }

    [Fact]
    public void A_passage_is_a_window_of_a_long_paragraph_around_its_marks_and_marks_what_the_whole_text_marks()
    {
        var paragraph = string.Concat(Enumerable.Repeat("各级党组织要加强学习。", 30)) + "持续净化政治生态。" + string.Concat(Enumerable.Repeat("切实抓好落实。", 30));
        var passage = new PassageHighlighter().Highlight(paragraph, ["政治生态"]);
        Assert.StartsWith("…", passage);
        Assert.EndsWith("…", passage);
        Assert.True(passage.Length < paragraph.Length / 2);
        Assert.Contains("净化<mark>政治生态</mark>。", passage);
        Assert.Contains("净化<mark>政治生态</mark>。", Mark(paragraph, "政治生态"));
    }
}
