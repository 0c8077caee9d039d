using SearchPortal.Core.Documents;
using SearchPortal.Core.Quotes;

namespace SearchPortal.Core.Tests.Documents;

public class TitleNormalizerTests
{
    [Theory]
    [InlineData("《中国共产党纪律处分条例》", "中国共产党纪律处分条例")]
    [InlineData("ＡＢＣ　条例（2018）", "abc条例2018")]
    [InlineData("治其本，朝令而夕从", "治其本朝令而夕从")]
    public void Fold_keeps_letters_and_digits_width_folded_and_lower_case(string text, string folded) =>
        Assert.Equal(folded, TitleNormalizer.Fold(text));

    [Fact]
    public void Quotation_keys_are_the_same_folding() =>
        Assert.Equal(TitleNormalizer.Fold("“治其本，朝令而夕从；救其末，百世不改也。”"), QuoteKey.Normalize("治其本,朝令而夕从;救其末,百世不改也。"));

    [Theory]
    [InlineData("中国共产党纪律处分条例（2018年修订）", "中国共产党纪律处分条例")]
    [InlineData("《中华人民共和国刑法》", "刑法")]
    [InlineData("中国共产党巡视工作条例（试行）", "中国共产党巡视工作条例")]
    public void Key_drops_brackets_the_state_prefix_and_edition_markers(string title, string key) =>
        Assert.Equal(key, TitleNormalizer.Key(title));
}

public class RegulationAliasesTests
{
    private static readonly RegulationAliases Aliases = RegulationAliases.Load(TestPaths.Data);

    [Theory]
    [InlineData("《党纪处分条例》", "中国共产党纪律处分条例")]
    [InlineData("纪律处分条例", "中国共产党纪律处分条例")]
    [InlineData("《刑法》", "中华人民共和国刑法")]
    [InlineData("中华人民共和国刑法", "中华人民共和国刑法")]
    [InlineData("《国家安全法》", "国家安全法")] // no alias: the name itself
    public void A_short_name_stands_for_its_full_title(string name, string full) => Assert.Equal(full, Aliases.FullTitle(name));

    [Fact]
    public void A_documents_own_short_name_comes_first_then_the_alias()
    {
        var defined = new Dictionary<string, string> { ["条例"] = "中国共产党纪律处分条例" };
        Assert.Equal("中国共产党纪律处分条例", Aliases.Canonical("《条例》", defined));
        Assert.Equal("条例", Aliases.Canonical("《条例》")); // undefined: stays as written
        Assert.Equal(TitleNormalizer.Key("中国共产党纪律处分条例"), Aliases.Key("《党纪处分条例》"));
    }
}
