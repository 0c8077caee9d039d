using System.Text;
using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;
using static SearchPortal.Core.Tests.Corpus.ReaderTestHelpers;

namespace SearchPortal.Core.Tests.Documents;

public class NoiseCleanerTests
{
    private static readonly NoiseCleaner Cleaner = new(TestPaths.Data);

    private static IReadOnlyList<TextBlock> CleanSeed() => Cleaner.Clean(ReadFile(TestPaths.Seed).Blocks);

    private static IReadOnlyList<string> Clean(params string[] lines) =>
        Cleaner.Clean(lines.Select(l => new TextBlock(BlockKind.Paragraph, l)).ToList()).Select(b => b.Text).ToList();

    [Fact]
    public void Seed_byline_nbsp_lines_and_trailing_junk_are_removed()
    {
        var original = File.ReadAllText(TestPaths.Seed, Encoding.UTF8);
        Assert.Contains("爱美丽 分享 时间:", original);     // the noise really is in the seed
        Assert.Contains("\n\u00A0\n", original);
        Assert.EndsWith("47 3038637\n\");", original.TrimEnd().ReplaceLineEndings("\n"));

        var texts = CleanSeed().Select(b => b.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("分享 时间"));
        Assert.DoesNotContain(texts, t => t.Trim().Length == 0 || t.Contains('\u00A0'));
        Assert.DoesNotContain("47 3038637", texts);
        Assert.DoesNotContain("\");", texts);
        Assert.Equal("副县长在集体政治谈话会上的讲话稿", texts[0]);
        Assert.StartsWith("4.要始终凝心聚力推动X高质量跨越式发展。", texts[^1]);
    }

    [Fact]
    public void Seed_keeps_every_sentence()
    {
        var original = File.ReadAllText(TestPaths.Seed, Encoding.UTF8);
        var cleaned = CleanSeed().Select(b => b.Text).ToList();
        string[] noise = ["爱美丽 分享 时间:", "47 3038637", "\");"];

        var kept = original.Split('\n').Select(l => l.Trim('\r')).Where(l => l.Trim().Length > 0 && !noise.Contains(l)).ToList();
        Assert.Equal(kept, cleaned);                                    // every real line verbatim, in order
        Assert.Equal(original.Count(c => c == '。'), string.Concat(cleaned).Count(c => c == '。'));
        Assert.Equal(original.Count(c => c == '“'), string.Concat(cleaned).Count(c => c == '“'));
    }

    [Fact]
    public void Zero_width_characters_are_removed_and_spaces_normalised()
    {
        Assert.Equal(["全面从严治党 永远在路上", "一岗双责"],
            Clean("\u3000\u3000全面\u200B从严\u200C治党\u00A0\u00A0 \u3000永远在路上\uFEFF", "一岗\u2060双责 \t"));
    }

    [Fact]
    public void Chinese_punctuation_and_half_width_commas_are_kept()
    {
        const string line = "根据县委统一安排,今天我们在这里开展政治谈话：“两个维护”；（一）……";
        Assert.Equal([line], Clean(line));
    }

    [Theory]
    [InlineData("爱美丽 分享 时间:")]
    [InlineData("张三 分享 时间：2020-05-14 10:23")]
    [InlineData("来源：某某县纪委监委网站")]
    [InlineData("发布时间：2021-03-05 09:30:12")]
    [InlineData("来源：人民网 发布时间：2021年03月05日 浏览次数：1024")]
    [InlineData("浏览次数：356")]
    [InlineData("【字体：大 中 小】")]
    [InlineData("【打印本页】 【关闭窗口】")]
    [InlineData("上一篇：关于开展作风建设专项整治的通知")]
    [InlineData("分享到：")]
    [InlineData("来源：中国纪检监察报 发布时间： 2019-10-23 09:15")]
    [InlineData("信息来源：https://www.example.com/law/1/27977.html")]
    [InlineData("责任编辑：王五")]
    public void Web_furniture_lines_are_removed(string line)
    {
        Assert.Equal(["正文。"], Clean("正文。", line));
    }

    [Theory]
    [InlineData("时间：2021年3月5日")]                                       // date line the metadata extractor reads
    [InlineData("来源于群众、服务于群众，是我们党的优良传统。")]            // sentence that starts like furniture
    [InlineData("要坚持问题导向，注重发布时间节点和浏览次数等数据的分析，把基层反映强烈的问题一件一件解决好，做到件件有着落、事事有回音。")]
    [InlineData("分享经验")]
    [InlineData("来源：《人民司法》2016年第19期")]                          // a citation, not furniture
    [InlineData("作者：裴显鼎、苗有水（最高人民法院）")]
    public void Real_text_is_never_removed(string line)
    {
        Assert.Equal([line, "正文。"], Clean(line, "正文。"));
    }

    [Fact]
    public void Trailing_junk_is_removed_only_at_the_end()
    {
        Assert.Equal(["1", "正文。", "2021-03-05"], Clean("1", "正文。", "2021-03-05", "47 3038637", "\");", "  ", "——"));
    }

    [Fact]
    public void Headings_keep_their_kind_and_level()
    {
        var blocks = Cleaner.Clean([new TextBlock(BlockKind.Heading, " 一、总体要求\u3000", 2), new TextBlock(BlockKind.Paragraph, "\u00A0")]);
        Assert.Equal([new TextBlock(BlockKind.Heading, "一、总体要求", 2)], blocks);
    }

    [Fact]
    public void Missing_pattern_file_is_a_clear_error()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => new NoiseCleaner(Path.Combine(Path.GetTempPath(), "no-such-data-dir")));
        Assert.Contains("noise-patterns.txt", ex.Message);
    }

    [Fact]
    public void Default_constructor_uses_the_shipped_data_folder()
    {
        Assert.Equal(["正文。"], new NoiseCleaner().Clean([new(BlockKind.Paragraph, "正文。"), new(BlockKind.Paragraph, "爱美丽 分享 时间:")]).Select(b => b.Text));
    }
}
