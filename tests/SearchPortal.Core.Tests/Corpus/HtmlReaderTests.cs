using SearchPortal.Core.Corpus;
using static SearchPortal.Core.Tests.Corpus.ReaderTestHelpers;

namespace SearchPortal.Core.Tests.Corpus;

public class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>关于典型问题的通报 - 某某市纪委监委网站</title>
        <style>body { color: red }</style>
        <script>var tracker = "统计代码";</script></head>
        <body>
        <header><div class="logo">某某市纪委监委</div></header>
        <nav><ul><li>首页</li><li>工作动态</li><li>审查调查</li></ul></nav>
        <div class="wrap">
          <div class="crumb">当前位置：首页 &gt; 通报曝光</div>
          <div id="content">
            <h1>关于典型问题的通报</h1>
            <p>近期，全市各级纪检监察机关严肃查处了一批违反中央八项规定精神问题。</p>
            <h2>一、典型问题</h2>
            <p>1.某局原局长&nbsp;X某某违规收受礼品问题。<br>2023年春节期间，X某某收受管理服务对象所送购物卡。</p>
            <script>document.write("广告")</script>
            <p>   多行
               源码里的文字   </p>
          </div>
          <aside>热门文章：某某新闻</aside>
        </div>
        <footer>版权所有 © 某某市纪委监委</footer>
        <form><input name="q"><button>搜索</button></form>
        </body></html>
        """;

    [Fact]
    public void Main_text_is_extracted_and_furniture_dropped()
    {
        var doc = Read("notice.html", Page);
        Assert.Equal("html", doc.Format);
        Assert.Equal("关于典型问题的通报", doc.Title);
        var texts = doc.Blocks.Select(b => b.Text).ToList();
        Assert.Equal("关于典型问题的通报", texts[0]);
        Assert.Contains("近期，全市各级纪检监察机关严肃查处了一批违反中央八项规定精神问题。", texts);
        Assert.Contains("1.某局原局长\u00A0X某某违规收受礼品问题。", texts);
        Assert.Contains("2023年春节期间，X某某收受管理服务对象所送购物卡。", texts);
        Assert.Contains("多行 源码里的文字", texts);
        Assert.Equal(("一、典型问题", 2), doc.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Text, b.Level)).Single());

        var all = string.Join("\n", texts);
        foreach (var noise in new[] { "首页", "工作动态", "统计代码", "广告", "热门文章", "版权所有", "搜索", "color", "当前位置" })
            Assert.DoesNotContain(noise, all);
        Assert.Equal(all, doc.OriginalText);
    }

    [Fact]
    public void Article_element_wins_and_page_title_is_the_fallback()
    {
        const string html = "<html><head><title>页面标题</title></head><body><div>菜单 一 二 三</div>" +
                            "<article><p>正文第一段，内容较长，讲述作风建设的具体要求和做法。</p><p>正文第二段。</p></article></body></html>";
        var doc = Read("page.htm", html);
        Assert.Equal("页面标题", doc.Title);
        Assert.Equal(["正文第一段，内容较长，讲述作风建设的具体要求和做法。", "正文第二段。"], doc.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Text_spread_over_the_page_is_not_lost()
    {
        const string html = "<body><div><p>第一部分内容。</p></div><div><p>第二部分内容也很重要。</p></div><div><p>第三部分。</p></div></body>";
        var doc = Read("spread.html", html);
        Assert.Equal(["第一部分内容。", "第二部分内容也很重要。", "第三部分。"], doc.Blocks.Select(b => b.Text));
    }
}
