using System.Text;
using SearchPortal.LuceneEngine.Analysis.FastSmartCn;

namespace SearchPortal.Core.Tests.Analysis;

/// <summary>
/// FastSmartChineseAnalyzer must emit exactly SmartChineseAnalyzer's tokens (term, offsets, position increments,
/// type) — on real text line by line and as whole files, and on awkward input.
/// </summary>
public sealed class FastSmartChineseAnalyzerTests
{
    private readonly SmartCnParity _parity = new();

    private void AssertSame(string text)
    {
        var difference = _parity.Compare(text);
        Assert.True(difference is null, difference);
    }

    private static IEnumerable<string> Lines(string file) => File.ReadLines(file).Where(l => l.Length > 0);

    [Fact]
    public void Seed_speech_gives_identical_tokens_line_by_line_and_whole()
    {
        int lines = 0;
        foreach (var line in Lines(TestPaths.Seed)) { AssertSame(line); lines++; }
        Assert.True(lines > 10);
        // The whole file in one stream crosses the tokenizer's 1,024-char buffer refills.
        AssertSame(File.ReadAllText(TestPaths.Seed));
        var tokens = SmartCnParity.Tokens(_parity.Fast, File.ReadAllText(TestPaths.Seed));
        Assert.Contains(tokens, t => t.Term == "副县长" || t.Term == "县长");
    }

    [Fact]
    public void Repository_corpus_gives_identical_tokens()
    {
        // Text-like files as raw strings (HTML markup included: more odd characters to agree on).
        string[] textual = [".txt", ".md", ".htm", ".html"];
        var files = Directory.EnumerateFiles(TestPaths.Corpus, "*", SearchOption.AllDirectories)
            .Where(f => textual.Contains(Path.GetExtension(f).ToLowerInvariant())).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            foreach (var line in Lines(file)) AssertSame(line);
            AssertSame(File.ReadAllText(file));
        }
    }

    [SkippableFact]
    [Trait(TestCategory.Name, TestCategory.SharedCorpus)]
    public void Shared_corpus_sample_gives_identical_tokens()
    {
        Skip.IfNot(TestPaths.HasSharedCorpus, TestPaths.NoSharedCorpus);
        var all = Directory.EnumerateFiles(TestPaths.SharedCorpus, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt") || f.EndsWith(".md")).Order(StringComparer.Ordinal).ToList();
        // Deterministic spread over the whole (sorted) corpus: every k-th file, at least 300 files.
        int step = Math.Max(1, all.Count / 320);
        var sample = all.Where((_, i) => i % step == 0).ToList();
        Assert.True(sample.Count >= 300 || sample.Count == all.Count);
        var failures = new List<string>();
        int lines = 0;
        foreach (var file in sample)
        {
            foreach (var line in Lines(file))
            {
                lines++;
                if (_parity.Compare(line) is { } d) failures.Add(Path.GetFileName(file) + ": " + d);
            }
            if (_parity.Compare(File.ReadAllText(file)) is { } whole) failures.Add(Path.GetFileName(file) + " (whole): " + whole);
        }
        Assert.True(failures.Count == 0, $"{failures.Count} mismatches over {sample.Count} files / {lines} lines:\n" + string.Join("\n", failures.Take(10)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\r\n\u3000")]
    [InlineData("，。！？、；：“”‘’（）《》【】……——")]
    [InlineData("!!!...???,,,;;;")]
    [InlineData("2024年GDP增长5.2%，ＧＤＰ同比增长５．２％，Ｈｅｌｌｏ Ｗｏｒｌｄ ｈｅｌｌｏ123ＡＢＣ４５６")]
    [InlineData("iPhone15和HarmonyOS 4.0，COVID-19疫情，CPU/GPU，running runs ran")]
    [InlineData("习近平新时代中国特色社会主义思想😀👍🏽学习贯彻𠀀𠀁（扩展B区）和\uD800孤立代理项")]
    [InlineData("全　面\u3000从严治党，中\u00A0国\u00A0共产党 人民 代表 大会")]
    [InlineData("第一章 总则\n第一条 为了加强党的纪律建设\r\n第二条　本条例适用于\u2028各级党组织")]
    [InlineData("é ü ß Ω Ж ﹏ ･ ｡ ｢ ｣ ￥ ＄ ①②③ ⅠⅡⅢ")]
    public void Edge_cases_give_identical_tokens(string text) => AssertSame(text);

    [Fact]
    public void Very_long_lines_give_identical_tokens()
    {
        var seed = File.ReadAllText(TestPaths.Seed).Replace("\r", "").Replace("\n", "");
        var sb = new StringBuilder();
        while (sb.Length < 100_000) sb.Append(seed);
        AssertSame(sb.ToString(0, 100_000)); // no line break: no safe place to cut the buffer
        AssertSame(new string('中', 100_000));
        AssertSame(string.Concat(Enumerable.Repeat("abc123 ", 15_000)));
    }

    [Fact]
    public void Random_mixtures_give_identical_tokens()
    {
        string[] pieces =
        [
            "中华人民共和国", "全面从严治党", "的", "了", "和", "是", "副县长", "纪律", "处分", "条例", "研究生", "生命", "命运", "结合", "合成",
            "a", "B", "Zz", "123", "4.5", "ＡＢ", "ｃｄ", "１２", "，", "。", "、", " ", "\u3000", "\u00A0", "\t", "\n", "😀", "-", "%", "“", "”",
        ];
        var random = new Random(20261128);
        for (int n = 0; n < 2000; n++)
        {
            var sb = new StringBuilder();
            int count = random.Next(0, 40);
            for (int k = 0; k < count; k++) sb.Append(pieces[random.Next(pieces.Length)]);
            AssertSame(sb.ToString());
        }
    }

    [Fact]
    public void Shared_analyzer_is_safe_across_threads()
    {
        var lines = Lines(TestPaths.Seed).ToList();
        var expected = lines.Select(l => SmartCnParity.Tokens(_parity.Reference, l)).ToList();
        var results = new List<TokenInfo>[lines.Count];
        Parallel.For(0, lines.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            int k = i % lines.Count;
            var tokens = SmartCnParity.Tokens(_parity.Fast, lines[k]);
            if (i < lines.Count) results[k] = tokens;
            else Assert.Equal(expected[k], tokens);
        });
        for (int k = 0; k < lines.Count; k++) Assert.Equal(expected[k], results[k]);
    }

    [Fact]
    public void Word_frequencies_match_the_SmartCn_dictionary_for_every_hanzi()
    {
        var words = SmartCnDictionaries.Shared.Words;
        var type = typeof(Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer).Assembly.GetType("Lucene.Net.Analysis.Cn.Smart.Hhmm.WordDictionary")!;
        var dictionary = type.GetMethod("GetInstance")!.Invoke(null, null)!;
        var getFrequency = type.GetMethod("GetFrequency", [typeof(char[])])!;
        int nonZero = 0;
        for (char c = '\u4E00'; c <= '\u9FA5'; c++)
        {
            int expected = (int)getFrequency.Invoke(dictionary, [new[] { c }])!;
            Assert.Equal(expected, words.GetFrequency([c]));
            Assert.Equal(expected, words.SingleFrequency(c));
            if (expected > 0) nonZero++;
        }
        Assert.True(nonZero > 3000, $"only {nonZero} Hanzi have a frequency");
        foreach (var word in new[] { "中国", "共产党", "纪律", "全面从严治党", "副县长", "未##串", "始##始", "不存在的词语" })
            Assert.Equal((int)getFrequency.Invoke(dictionary, [word.ToCharArray()])!, words.GetFrequency(word));
    }
}
