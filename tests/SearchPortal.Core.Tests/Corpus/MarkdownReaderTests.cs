using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;
using static SearchPortal.Core.Tests.Corpus.ReaderTestHelpers;

namespace SearchPortal.Core.Tests.Corpus;

public class MarkdownReaderTests
{
    private const string Report = """
        ---
        title: "在市纪委全会上的工作报告"
        date: 2023-01-12
        type: 报告
        speaker: 王某某
        role: 市纪委书记
        topics: [政治生态, 主体责任]
        occasion:
          - 市纪委全会
        ---
        # 坚定不移推进全面从严治党

        （2023年1月12日）

        ## 一、过去一年工作回顾

        **全市**纪检监察机关坚持[严的主基调](https://example.org)不动摇，
        查处问题 `132` 起。

        ### （一）政治监督更加有力

        1. 聚焦“国之大者”。
        2. 压实主体责任。

        - 要点甲
        - 要点乙

        > 引语：打铁必须自身硬。

        ##

        ## 二、今年工作安排

        <div class="note"><script>alert('x')</script><p>重点抓好<b>作风建设</b>。</p><style>p{}</style></div>

        正文里有行内 <span>标记</span> 和 <script>var y = 1;</script> 脚本。
        """;

    [Fact]
    public void Front_matter_headings_and_paragraphs_become_blocks()
    {
        var doc = Read("report.md", Report);

        Assert.Equal("md", doc.Format);
        Assert.Equal("坚定不移推进全面从严治党", doc.Title);
        Assert.Equal("在市纪委全会上的工作报告", doc.FrontMatter["title"]);
        Assert.Equal("2023-01-12", doc.FrontMatter["date"]);
        Assert.Equal("市纪委书记", doc.FrontMatter["role"]);
        Assert.Equal("政治生态, 主体责任", doc.FrontMatter["topics"]);
        Assert.Equal("市纪委全会", doc.FrontMatter["occasion"]);

        var headings = doc.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Text, b.Level)).ToList();
        Assert.Equal([("一、过去一年工作回顾", 2), ("（一）政治监督更加有力", 3), ("二、今年工作安排", 2)], headings);

        var texts = doc.Blocks.Select(b => b.Text).ToList();
        Assert.Equal("坚定不移推进全面从严治党", texts[0]);                   // title kept as text, not as a section
        Assert.Contains("（2023年1月12日）", texts);
        Assert.Contains("全市纪检监察机关坚持严的主基调不动摇，", texts);       // inline markup and link target stripped
        Assert.Contains("查处问题 132 起。", texts);
        Assert.Contains("1.聚焦“国之大者”。", texts);                         // list numbering kept
        Assert.Contains("2.压实主体责任。", texts);
        Assert.Contains("要点甲", texts);
        Assert.Contains("引语：打铁必须自身硬。", texts);
        Assert.Contains("重点抓好作风建设。", texts);                           // raw HTML reduced to text
        Assert.Contains("正文里有行内 标记 和 脚本。", texts.Select(NoiseCleaner.NormaliseSpaces));
        Assert.DoesNotContain(doc.Blocks, b => b.Text.Contains("alert") || b.Text.Contains("var y") || b.Text.Contains("p{}"));
        Assert.DoesNotContain(doc.Blocks, b => b.Text.Contains("---") || b.Text.Contains("title:"));
    }

    [Fact]
    public void Empty_headings_are_skipped_and_html_comments_dropped()
    {
        var doc = Read("law.md", "# 中华人民共和国刑法修正案（七）\n\n2009年2月28日通过\n\n<!-- INFO END -->\n\n## \n\n一、将刑法第一百五十一条第三款修改为：\n\n    第二条 缩进的条文也是正文。\n");
        Assert.Equal(["中华人民共和国刑法修正案（七）", "2009年2月28日通过", "一、将刑法第一百五十一条第三款修改为：", "第二条 缩进的条文也是正文。"],
            doc.Blocks.Select(b => b.Text));
        Assert.DoesNotContain(doc.Blocks, b => b.Kind == BlockKind.Heading);
    }

    [Fact]
    public void Each_source_line_of_a_paragraph_is_its_own_block()
    {
        var doc = Read("lines.md", "第一条 为了严明党的纪律，制定本条例。\n第二条 本条例以党章为根本依据。\n");
        Assert.Equal(["第一条 为了严明党的纪律，制定本条例。", "第二条 本条例以党章为根本依据。"], doc.Blocks.Select(b => b.Text));
        Assert.Null(doc.Title);
        Assert.Empty(doc.FrontMatter);
    }

    [Fact]
    public void Deeply_nested_quotes_and_lists_are_read_without_overflow()
    {
        var quotes = new string('>', 5000) + " 深层引用里的文字\n";
        var list = string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i * 2) + "- 第" + i + "层\n"));
        var emphasis = string.Concat(Enumerable.Repeat("*", 3000)) + "强调" + string.Concat(Enumerable.Repeat("*", 3000));
        var doc = Read("deep.md", quotes + "\n" + list + "\n" + emphasis + "\n");
        Assert.Contains(doc.Blocks, b => b.Text.Contains("深层引用里的文字"));
        Assert.Contains(doc.Blocks, b => b.Text.Contains("第0层"));
        Assert.Contains(doc.Blocks, b => b.Text.Contains("强调"));
    }

    [Fact]
    public void Tables_become_one_paragraph_per_row()
    {
        var doc = Read("table.md", "| 年份 | 立案数 |\n|---|---|\n| 2022 | 120 |\n| 2023 | 132 |\n");
        Assert.Equal(["年份 立案数", "2022 120", "2023 132"], doc.Blocks.Select(b => b.Text));
    }
}
