using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using SearchPortal.LuceneEngine.Analysis;

namespace SearchPortal.Core.Tests.Analysis;

public sealed class BigramAnalyzerTests
{
    /// <summary>The analyzer as it was with Lucene's own LowerCaseFilter: FastLowerCaseFilter must not change a token.</summary>
    private sealed class ReferenceAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader) { MaxTokenLength = 255 };
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
            stream = new CJKBigramFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }

    public static TheoryData<string> Texts() => new()
    {
        "金山银山 ＡＢＣ全角 ABC Mixed 2019年",
        "ΣΊΣΥΦΟΣ Straße İstanbul ǄǅǆDŽ Привет ÀÉÎÕÜ ｶﾀｶﾅ 한국어 ㈱ ㎏ 𠀀𠀁",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Tokens_equal_the_LowerCaseFilter_pipeline(string text) =>
        Assert.Equal(Tokens(new ReferenceAnalyzer(), text), Tokens(new BigramAnalyzer(), text));

    [Fact]
    public void Tokens_equal_the_LowerCaseFilter_pipeline_over_the_repository_corpus()
    {
        var files = Directory.EnumerateFiles(TestPaths.Corpus, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt") || f.EndsWith(".md")).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.Equal(Tokens(new ReferenceAnalyzer(), text), Tokens(new BigramAnalyzer(), text));
        }
    }

    [Theory]
    [InlineData("ab", "cd")]
    [InlineData("政治", "生态")]
    [InlineData("Ａ", "ｂ")]
    public void A_broken_surrogate_inside_a_token_is_kept_as_it_is(string before, string after)
    {
        // Built in code: attribute arguments cannot carry a lone surrogate. Lucene's lower-casing (J2N) throws on one;
        // a query cut between the two halves of a pair must still be searchable, not an exception.
        foreach (var text in new[] { before + '\uD800' + after, before + '\uDC00' + after, before + "\uD800" })
        {
            var tokens = Tokens(new BigramAnalyzer(), text);
            Assert.NotEmpty(tokens);
        }
    }

    [Fact]
    public void Sentences_are_a_gap_apart_and_clauses_are_not()
    {
        // 第二十九条 of the 2023 纪律处分条例, cut after 插手: the next sentence's first bigram starts a gap later.
        var tokens = SearchPortal.LuceneEngine.Search.TokenAnalysis.Analyze(new BigramAnalyzer(), "body_bi", "不得违反规定插手。工程建设，依法处理");
        int Position(string term) => tokens.Single(t => t.Term == term).Position;
        Assert.Equal(Position("规定") + 1, Position("定插"));
        Assert.Equal(Position("插手") + 1 + SentenceGapFilter.Gap, Position("工程"));
        Assert.Equal(Position("建设") + 1, Position("依法"));
        Assert.DoesNotContain(tokens, t => t.Term.Contains("sentence"));
    }

    private static List<string> Tokens(Analyzer analyzer, string text) =>
        AnalyzedText.Analyze(analyzer, "body_bi", text).Terms.ToList();
}
