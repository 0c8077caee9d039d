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

    private static List<string> Tokens(Analyzer analyzer, string text) =>
        AnalyzedText.Analyze(analyzer, "body_bi", text).Terms.ToList();
}
