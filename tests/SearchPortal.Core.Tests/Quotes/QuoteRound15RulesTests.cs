using SearchPortal.Core.Documents;
using SearchPortal.Core.Quotes;

namespace SearchPortal.Core.Tests.Quotes;

/// <summary>
/// The attribution rules of round 15 (bench/quotes/README.md), on real sentences of ../shared/corpus copied here: a known
/// speaker right before a bare colon, 列宁说过的一句话 / 孙中山先生说过的话, 希冀 + object; and a place or a group before a
/// colon, which names nobody.
/// </summary>
public class QuoteRound15RulesTests
{
    private static readonly QuoteExtractor Extractor = QuoteExtractor.Load(TestPaths.Data);

    private static IReadOnlyList<Quote> Extract(params string[] paragraphs) =>
        Extractor.Extract("t.txt", "t", 2025, paragraphs.Select((t, i) => new Paragraph(i + 1, t, "")));

    private static Quote? Find(IReadOnlyList<Quote> quotes, string start) =>
        quotes.SingleOrDefault(q => q.Text.StartsWith(start, StringComparison.Ordinal));

    [Theory] // 新闻联播 (a caption), 毛选 第一卷 实践论, 毛选 第二卷 (孙中山's testament), a 新闻联播 review of Xi's visits
    [InlineData("习近平：“我们五千年的文明，我们要尊重，也要弘扬，把它里边精华的东西和我们现在所坚持的马克思主义立场、观点、方法结合起来，这就是中国特色社会主义。”", "我们五千年的文明", "习近平")]
    [InlineData("在马克思主义看来，理论是重要的，它的重要性充分地表现在列宁说过的一句话：“没有革命的理论，就不会有革命的运动。”[8]然而马克思主义看重理论，正是，也仅仅是因为它能够指导行动。", "没有革命的理论", "列宁")]
    [InlineData("如果我们把过去几十年的革命做一个总结，那便是只得到了暂时的部分的胜利，没有永久的全国的胜利。正如孙中山先生说过的话：“革命尚未成功，同志仍须努力。”现在要问：中国革命干了几十年，为什么至今尚未达到目的呢？", "革命尚未成功", "孙中山")]
    [InlineData("在地方调研时，总书记希冀科技工作者“要增强科技创新的紧迫感和使命感，把科技创新摆到更加重要位置，踢好‘临门一脚’”；在企业考察时，总书记提出，“技术创新是企业的命根子。”", "要增强科技创新", "习近平")]
    public void A_known_speaker_before_a_colon_or_his_words_named_is_the_source(string paragraph, string start, string who) =>
        Assert.Equal(who, Find(Extract(paragraph), start)?.Who);

    [Fact] // 毛选 第三卷 (晋察冀 reports): a region before the colon names no speaker
    public void A_place_before_a_colon_names_nobody()
    {
        var q = Find(Extract("农业生产是可以的，手工业及其它生产大概不能吧？果真不能吗？请看晋察冀：“沟线外部队的生产，不限于农业，而且也和巩固区一样，开展了手工业和运输业。”"), "沟线外部队");
        Assert.NotNull(q);
        Assert.Equal("", q!.Who);
    }
}
