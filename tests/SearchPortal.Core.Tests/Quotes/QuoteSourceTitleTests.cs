using SearchPortal.Core.Documents;
using SearchPortal.Core.Quotes;

namespace SearchPortal.Core.Tests.Quotes;

/// <summary>A quotation from a regulation named by its short name gets the regulation's full title as its source.</summary>
public class QuoteSourceTitleTests
{
    private static readonly QuoteExtractor Extractor = QuoteExtractor.Load(TestPaths.Data);

    private static IReadOnlyList<Quote> Extract(params string[] paragraphs) =>
        Extractor.Extract("test", "测试", 2024, paragraphs.Select((t, i) => new Paragraph(i + 1, t, "")).ToList());

    [Theory]
    // ccdi-kb 业务探讨 (copied): the document names 《中国共产党纪律处分条例》 once, then 《条例》.
    [InlineData("笔者根据新修订的《中国共产党纪律处分条例》（以下简称《条例》），结合实践中发现的情况，梳理如下。",
        "《条例》第五十六条第一款规定：“开展讯问、搜查、查封、扣押以及重要的谈话、询问等调查取证工作，应当全程同步录音录像，并保持录音录像资料的完整性。”")]
    // A short name of the alias file, no definition needed.
    [InlineData("本文讨论审查调查工作。",
        "《党纪处分条例》第五十六条第一款规定：“开展讯问、搜查、查封、扣押以及重要的谈话、询问等调查取证工作，应当全程同步录音录像，并保持录音录像资料的完整性。”")]
    public void A_short_named_regulation_is_the_quotations_full_source(string first, string second)
    {
        var quote = Assert.Single(Extract(first, second));
        Assert.Equal("《中国共产党纪律处分条例》", quote.Who);
    }
}
