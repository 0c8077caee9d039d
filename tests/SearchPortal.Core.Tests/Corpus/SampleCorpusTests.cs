using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Tests.Corpus;

/// <summary>
/// The test corpus (tests/fixtures/corpus/) reads and cleans into the text its authors wrote. Samples (fictional
/// places 云溪县/宁川市/清江市/石门镇/青溪镇; regulations are verbatim public text):
/// <list type="bullet">
/// <item>speeches/000_5847f394c549e8c0.txt — the seed: scraped 副县长 speech, 集体政治谈话会, UTF-8, with web noise.</item>
/// <item>speeches/在全县党风廉政建设工作会议上的讲话(2021-03-05).docx — 县委书记, 2021, Title + heading 1/2 styles saved
///   with a Chinese Word's style ids ("a3", "1", "2").</item>
/// <item>speeches/镇长在全镇生态环境保护暨人居环境整治工作会议上的讲话.txt — 镇长 (乡镇), 2018, UTF-16 LE with BOM;
///   mentions 绿水青山 and 金山银山.</item>
/// <item>speeches/市委书记在市委常委班子民主生活会上的总结讲话(2017-01-18).md — 市委书记, 民主生活会, 2017, Markdown without
///   front matter; mentions 一岗双责 and 政治生态.</item>
/// <item>reports/宁川市纪委六届三次全会工作报告.md — 市纪委书记 work report, 2023, YAML front matter, raw HTML noise.</item>
/// <item>experiences/石门镇党委书记主题教育心得体会.txt — 乡镇党委书记 心得体会, （二〇一九年十月八日）, GB18030; mentions 形式主义
///   and 官僚主义 but never 四风.</item>
/// <item>notices/宁川市纪委监委通报4起违反中央八项规定精神典型问题.html — 通报 (市), 2024, scraped page saved as GB18030 with
///   nav/script/footer noise.</item>
/// <item>notices/关于持续整治形式主义官僚主义切实为基层减负的实施意见.txt — 县委办 意见, 2020, UTF-8; no 四风.</item>
/// <item>qa/党纪处分知识问答第三期_20220816.txt — 问答 on 纪律处分 (县纪委监委), 2022, UTF-8 with BOM.</item>
/// <item>news/清江市召开两学一做学习教育工作座谈会.htm — 新闻 (市), 2016, UTF-8 page with &lt;article&gt;; has 四 (四个意识) and
///   风 (作风) but never 四风.</item>
/// <item>regulations/中国共产党纪律处分条例(2023)节选_总则第二章.txt, regulations/中国共产党廉洁自律准则(2015).txt — 党内法规
///   excerpts copied from ../shared/corpus (ccdi-kb).</item>
/// </list>
/// </summary>
public class SampleCorpusTests
{
    private static readonly NoiseCleaner Cleaner = new(TestPaths.Data);

    public static TheoryData<string, string, string, string, string[]> Samples => new()
    {
        { "speeches/在全县党风廉政建设工作会议上的讲话(2021-03-05).docx", "docx", "docx", "在全县党风廉政建设工作会议上的讲话", ["（2021年3月5日）", "一岗双责", "营商环境"] },
        { "speeches/镇长在全镇生态环境保护暨人居环境整治工作会议上的讲话.txt", "txt", "utf-16le", "在全镇生态环境保护暨人居环境整治工作会议上的讲话", ["镇长 何志强", "2018年6月15日", "绿水青山就是金山银山"] },
        { "speeches/市委书记在市委常委班子民主生活会上的总结讲话(2017-01-18).md", "md", "utf-8", "在市委常委班子2016年度民主生活会上的总结讲话", ["（2017年1月18日）", "一岗双责", "政治生态"] },
        { "reports/宁川市纪委六届三次全会工作报告.md", "md", "utf-8", "坚持严的主基调 推动全面从严治党向纵深发展", ["（2023年2月10日）", "1.监督的精准性"] },
        { "experiences/石门镇党委书记主题教育心得体会.txt", "txt", "gb18030", "守初心 担使命 做群众贴心人", ["石门镇党委书记 刘海燕", "（二〇一九年十月八日）", "形式主义", "官僚主义"] },
        { "notices/宁川市纪委监委通报4起违反中央八项规定精神典型问题.html", "html", "gb18030", "宁川市纪委监委通报4起违反中央八项规定精神典型问题", ["2024年9月12日", "1.市交通运输局原党组成员"] },
        { "notices/关于持续整治形式主义官僚主义切实为基层减负的实施意见.txt", "txt", "utf-8", "中共云溪县委办公室关于持续整治形式主义官僚主义切实为基层减负的实施意见", ["云办发〔2020〕12号", "（一）大力精简文件和会议", "2020年3月27日"] },
        { "qa/党纪处分知识问答第三期_20220816.txt", "txt", "utf-8-bom", "党纪处分知识问答（第三期）", ["问：党纪处分有哪几种？", "2022年8月16日"] },
        { "news/清江市召开两学一做学习教育工作座谈会.htm", "html", "utf-8", "清江市召开“两学一做”学习教育工作座谈会", ["2016年5月20日 来源：清江日报 记者 杨帆", "四个意识"] },
        { "regulations/中国共产党纪律处分条例(2023)节选_总则第二章.txt", "txt", "utf-8", "中国共产党纪律处分条例（节选）", ["第八条 对党员的纪律处分种类：", "（五）开除党籍。"] },
        { "regulations/中国共产党廉洁自律准则(2015).txt", "txt", "utf-8", "中国共产党廉洁自律准则", ["第八条 廉洁齐家，自觉带头树立良好家风。"] },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_reads_with_its_format_encoding_and_text(string relative, string format, string encoding, string firstLine, string[] phrases)
    {
        var doc = ReaderTestHelpers.ReadFile(Path.Combine(TestPaths.Corpus, relative));
        Assert.Equal(format, doc.Format);
        Assert.Equal(encoding, doc.EncodingName);

        var blocks = Cleaner.Clean(doc.Blocks);
        Assert.Equal(firstLine, blocks[0].Text);
        var texts = blocks.Select(b => b.Text).ToList();
        foreach (var phrase in phrases)
            Assert.Contains(texts, t => t == phrase || t.Contains(phrase));
        var length = texts.Sum(t => t.Length);
        Assert.InRange(length, 300, 2600);
    }

    [Fact]
    public void Every_file_in_the_default_corpus_reads()
    {
        var readers = DocumentReaders.CreateDefault();
        var files = Directory.EnumerateFiles(TestPaths.Corpus, "*", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count >= 12);
        foreach (var path in files)
        {
            Assert.True(readers.CanRead(path), path);
            Assert.NotEmpty(Cleaner.Clean(ReaderTestHelpers.ReadFile(path).Blocks));
        }
    }

    [Theory]
    [InlineData("experiences/石门镇党委书记主题教育心得体会.txt", new[] { "形式主义", "官僚主义" })]
    [InlineData("notices/关于持续整治形式主义官僚主义切实为基层减负的实施意见.txt", new[] { "形式主义", "官僚主义", "作风" })]
    [InlineData("news/清江市召开两学一做学习教育工作座谈会.htm", new[] { "四", "风" })]
    public void Samples_meant_for_negative_searches_never_say_sifeng(string relative, string[] present)
    {
        var text = ReaderTestHelpers.ReadFile(Path.Combine(TestPaths.Corpus, relative)).OriginalText;
        Assert.DoesNotContain("四风", text);
        foreach (var word in present) Assert.Contains(word, text);
    }

    [Fact]
    public void Markdown_report_front_matter_carries_metadata()
    {
        var doc = ReaderTestHelpers.ReadFile(Path.Combine(TestPaths.Corpus, "reports/宁川市纪委六届三次全会工作报告.md"));
        Assert.Equal("市纪委书记", doc.FrontMatter["role"]);
        Assert.Equal("2023-02-10", doc.FrontMatter["date"]);
        Assert.Contains("政治生态", doc.FrontMatter["topics"]);
        Assert.DoesNotContain(doc.Blocks, b => b.Text.Contains("stat("));
    }
}
