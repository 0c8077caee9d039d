using SearchPortal.Core.Quotes;

namespace SearchPortal.Core.Tests.Quotes;

public class QuoteExtractorTests
{
    private static readonly QuoteTestCorpus Corpus = new();
    private static readonly IReadOnlyList<Quote> SeedQuotes = Corpus.Extract(TestPaths.Corpus, TestPaths.Seed);

    private static Quote Find(string text) =>
        SeedQuotes.SingleOrDefault(q => q.Key == QuoteKey.Normalize(text))
        ?? throw new Xunit.Sdk.XunitException($"not extracted: {text}\nextracted:\n" + string.Join("\n", SeedQuotes.Select(q => q.Text)));

    [Theory]
    [InlineData("对干部经常开展同志式的谈心谈话，既指出缺点不足，又给予鞭策鼓励，这是个好传统，要注意保持和发扬。")]
    [InlineData("上级对下级尤其是上级一把手对下级一把手的监督最管用、最有效。")]
    public void Seed_leader_quotations_are_attributed_to_Xi(string text)
    {
        var quote = Find(text);
        Assert.Equal("习近平", quote.Who);
        Assert.Equal(QuoteKind.Leader, quote.Kind);
        Assert.Equal(QuoteKey.Normalize(text), QuoteKey.Normalize(quote.Text));
        Assert.Equal("speeches/000_5847f394c549e8c0.txt", quote.Source.Id);
        Assert.Contains(quote.Text, Corpus.Parse(TestPaths.Corpus, TestPaths.Seed).Paragraphs.Single(p => p.Ordinal == quote.Source.Ordinal).Text);
    }

    [Fact]
    public void Seed_classical_saying_without_speaker_is_classical()
    {
        var quote = Find("治其本,朝令而夕从;救其末,百世不改也。");
        Assert.Equal(QuoteKind.Classical, quote.Kind);
        Assert.Equal("", quote.Who);
    }

    [Theory]
    [InlineData("两个维护")]
    [InlineData("四风")]
    [InlineData("牛鼻子")]
    [InlineData("最后一公里")]
    [InlineData("刁民")]
    [InlineData("一把手")]
    [InlineData("关键少数")]
    [InlineData("亲而不清")]
    [InlineData("奋起赶超跨越,勇争全省一流")]
    public void Seed_terms_are_not_quotations(string term)
    {
        Assert.DoesNotContain(SeedQuotes, q => q.Key == QuoteKey.Normalize(term));
        // The term is really in the seed, quoted: the test would catch its extraction.
        Assert.Matches("[“\"]" + term.Replace(",", "[,，]") + "[”\"]", Corpus.Parse(TestPaths.Corpus, TestPaths.Seed).Body);
    }

    [Fact]
    public void Seed_yields_only_the_three_real_quotations()
    {
        Assert.Equal(3, SeedQuotes.Count);
    }
}
