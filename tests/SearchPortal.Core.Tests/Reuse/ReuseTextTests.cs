using SearchPortal.Core.Reuse;

namespace SearchPortal.Core.Tests.Reuse;

public sealed class ReuseTextTests
{
    private const string Seed = "一是上级有要求。政治谈话是一个长期性的工作，近期省市纪委下发工作提示！\n二是自身有责任；“关键少数”要带头。”\n\n  三是现实有需要";

    [Fact]
    public void Sentences_end_at_terminators_and_line_breaks_with_their_closing_quotes_and_offsets_into_the_draft()
    {
        var sentences = ReuseText.SplitSentences(Seed);
        var texts = sentences.Select(s => Seed[s.Start..s.End]).ToList();
        Assert.Equal(["一是上级有要求。", "政治谈话是一个长期性的工作，近期省市纪委下发工作提示！", "二是自身有责任；",
            "“关键少数”要带头。”", "三是现实有需要"], texts);
        Assert.Equal("关键少数要带头", sentences[3].Normalized);
    }

    [Fact]
    public void Normalisation_folds_width_and_case_and_drops_punctuation_and_spaces()
    {
        Assert.Equal("2023年abc全面从严治党", ReuseText.Normalize("２０２３年 ＡＢｃ，“全面　从严·治党”。"));
        Assert.Equal(ReuseText.Normalize("政治谈话是一个长期性的工作，近期省市纪委下发工作提示。"),
            ReuseText.Normalize("政治谈话是一个长期性的工作;近期省市纪委下发工作提示!"));
    }

    [Fact]
    public void Shingles_are_the_distinct_four_character_windows()
    {
        Assert.Equal(new HashSet<string> { "全面从严", "面从严治", "从严治党" }, ReuseText.Shingles("全面从严治党").ToHashSet());
        Assert.Empty(ReuseText.Shingles("治党"));
        Assert.Single(ReuseText.Shingles("哈哈哈哈哈哈"));
    }

    [Theory]
    // verbatim inside a longer paragraph
    [InlineData("政治谈话是一个长期性的工作", "一是上级有要求政治谈话是一个长期性的工作近期省市纪委下发工作提示", 1.0)]
    // two characters dropped (性, 的) from 13: 11/13
    [InlineData("政治谈话是一个长期性的工作", "政治谈话是一个长期工作", 0.846)]
    // one character replaced
    [InlineData("政治谈话是一个长期性的工作", "政治谈话是一项长期性的工作", 0.923)]
    // unrelated text
    [InlineData("孩子们在阅览室里安静地读着绘本", "政治谈话是一个长期性的工作近期省市纪委下发工作提示", 0.0)]
    public void Containment_is_one_minus_the_edits_to_the_closest_stretch_per_character(string sentence, string text, double expected)
    {
        Assert.Equal(expected, TextSimilarity.Containment(sentence, text), 3);
    }

    [Fact]
    public void Long_sentences_score_like_short_ones()
    {
        // Over 64 characters the table replaces the bit-parallel path: both must agree.
        var sentence = string.Concat(Enumerable.Repeat("党风廉政建设和反腐败斗争形势依然严峻复杂", 4));
        var edited = sentence.Remove(30, 2).Remove(10, 1);
        Assert.Equal(1 - 3.0 / sentence.Length, TextSimilarity.Containment(sentence, "前文" + edited + "后文"), 6);
        var shortOne = sentence[..40];
        Assert.Equal(1 - 1.0 / 40, TextSimilarity.Containment(shortOne, shortOne.Remove(10, 1)), 6);
    }
}
