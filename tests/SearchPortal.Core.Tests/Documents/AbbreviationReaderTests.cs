using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Tests.Documents;

/// <summary>Short names defined in real documents of ../shared/corpus (the sentences are copied from them).</summary>
public class AbbreviationReaderTests
{
    [Theory]
    [InlineData("笔者根据新修订的《中国共产党纪律处分条例》（以下简称《条例》），结合实践中发现的情况", "条例", "中国共产党纪律处分条例")]
    [InlineData("应依据新修订《中国共产党纪律处分条例》（以下简称《党纪处分条例》）第一百一十八条第一款第（三）项的规定", "党纪处分条例", "中国共产党纪律处分条例")]
    [InlineData("根据《中国共产党纪律处分条例》（简称《纪律处分条例》）第八十九条规定，单位受贿的主体是党和国家工作人员", "纪律处分条例", "中国共产党纪律处分条例")]
    [InlineData("国务院办公厅印发《提振消费专项行动方案》（以下简称“方案”）", "方案", "提振消费专项行动方案")]
    [InlineData("《中国共产党纪律处分条例》(2018年修订，以下简称《条例》)", "条例", "中国共产党纪律处分条例")]
    public void A_definition_gives_the_short_name_and_its_full_title(string text, string shortName, string full)
    {
        var a = Assert.Single(AbbreviationReader.Find(text));
        Assert.Equal(shortName, a.Short);
        Assert.Equal(full, a.Full);
        Assert.Equal('《', text[a.Start - full.Length - 2]);
    }

    [Fact]
    public void Two_short_names_in_one_definition_are_both_read()
    {
        var names = AbbreviationReader.Find("《中国共产党纪律处分条例》（以下简称《条例》或“党纪处分条例”）").Select(a => a.Short).ToList();
        Assert.Equal(["条例", "党纪处分条例"], names);
    }

    [Theory]
    // No title in 《》 before the brackets: where the full name begins would be a guess.
    [InlineData("深入贯彻中央八项规定精神学习教育（以下简称“学习教育”）。")]
    [InlineData("第一条 为加强彭水苗族土家族自治县（以下简称“自治县”）城乡建设管理")]
    // A title with brackets that define nothing.
    [InlineData("《中国共产党纪律处分条例》（2018年修订）第二十八条")]
    [InlineData("依据《条例》第四十九条至第五十一条等规定处理。")]
    public void Text_without_a_definition_defines_nothing(string text) => Assert.Empty(AbbreviationReader.Find(text));

    [Fact]
    public void Read_collects_a_documents_names()
    {
        var names = AbbreviationReader.Read([
            "根据《中国共产党纪律处分条例》（以下简称《条例》），结合实践",
            "《中华人民共和国监察法》（以下简称《监察法》）规定",
        ]);
        Assert.Equal("中国共产党纪律处分条例", names["条例"]);
        Assert.Equal("中华人民共和国监察法", names["监察法"]);
    }
}
