using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Contracts;

/// <summary>One cleaner for the site's parameters and the engine's query text: both drop the same characters.</summary>
public sealed class InputCleanerTests
{
    [Theory]
    [InlineData("政治\u0000生态", "政治 生态", true)]        // a control character separates, and is worth a notice
    [InlineData("政治\u200B生态", "政治生态", false)]        // a zero-width space is invisible: dropped silently
    [InlineData("  巡视 \t\n 整改  ", "巡视 整改", false)]  // whitespace runs become one space, ends trimmed
    [InlineData("\uE000私用区", "私用区", false)]            // private use
    public void Cleans_user_input(string input, string expected, bool noticed)
    {
        Assert.Equal(expected, InputCleaner.Clean(input, out var removed));
        Assert.Equal(noticed, removed);
    }

    [Theory]
    [InlineData("政治\u200B生态")]
    [InlineData("政治\u0000生态")]
    public void The_engine_normaliser_keeps_what_the_site_cleaner_keeps(string input)
    {
        // The normaliser only folds widths and quotation marks on top of the cleaner.
        Assert.Equal(InputCleaner.Clean(input), QueryNormalizer.Normalize(input));
    }

    [Fact]
    public void A_lone_surrogate_is_dropped_with_a_notice_by_both()
    {
        // Built in code: an attribute argument cannot carry a lone surrogate (metadata stores strings as UTF-8).
        var input = "四风" + '\uD800' + " 巡视" + '\uDC00';
        Assert.Equal("四风 巡视", InputCleaner.Clean(input, out var removed));
        Assert.True(removed);
        Assert.Equal("四风 巡视", QueryNormalizer.Normalize(input, out var normaliserRemoved));
        Assert.True(normaliserRemoved);
    }

    [Fact]
    public void The_normaliser_folds_full_width_forms_and_chinese_quotes()
    {
        Assert.Equal("\"政治生态\" -巡视 type:讲话", QueryNormalizer.Normalize("“政治生态”　－巡视　ｔｙｐｅ：讲话"));
    }
}

public sealed class DraftCleanerTests
{
    [Fact]
    public void A_draft_keeps_its_length_and_line_breaks_so_offsets_still_point_at_the_posted_text()
    {
        const string posted = "第一段\u200B文字\u0007。\r\n\n第二段😀\uD800结束\t。";
        var cleaned = InputCleaner.CleanDraft(posted);
        Assert.Equal(posted.Length, cleaned.Length);
        Assert.Equal("第一段 文字 。\r\n\n第二段😀 结束 。", cleaned);
    }

    [Fact]
    public void A_draft_over_the_limit_is_cut_with_a_notice()
    {
        var limits = SearchLimits.Default with { MaxDraftLength = 10 };
        var (text, notice) = limits.CutDraft(new string('字', 12));
        Assert.Equal(10, text.Length);
        Assert.Contains("10", notice);
        Assert.Null(limits.CutDraft("短稿").Notice);
    }
}
