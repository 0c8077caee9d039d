using System.Text;
using SearchPortal.Core.Corpus;
using static SearchPortal.Core.Tests.Corpus.ReaderTestHelpers;

namespace SearchPortal.Core.Tests.Corpus;

public class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    [Fact]
    public void Seed_in_gb18030_utf16_and_utf8_bom_files_decodes_to_identical_blocks()
    {
        var text = File.ReadAllText(TestPaths.Seed, Encoding.UTF8);
        var dir = TestPaths.NewTempDir("sp-enc");
        try
        {
            var variants = new (string Name, byte[] Bytes, string Encoding)[]
            {
                ("gb18030.txt", Gb18030.GetBytes(text), "gb18030"),
                ("utf16le.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], "utf-16le"),
                ("utf16be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)], "utf-16be"),
                ("utf8bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], "utf-8-bom"),
                ("utf8.txt", Encoding.UTF8.GetBytes(text), "utf-8"),
            };
            var docs = variants.Select(v =>
            {
                var path = Path.Combine(dir, v.Name);
                File.WriteAllBytes(path, v.Bytes);
                var doc = ReadFile(path);
                Assert.Equal(v.Encoding, doc.EncodingName);
                return doc;
            }).ToList();

            var expected = docs[^1];
            Assert.True(expected.Blocks.Count > 20);
            Assert.Contains(expected.Blocks, b => b.Text.StartsWith("一、提高站位"));
            foreach (var doc in docs)
            {
                Assert.Equal(expected.Blocks, doc.Blocks);
                Assert.Equal(text, doc.OriginalText);
            }
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Gb18030_markdown_with_rare_characters_round_trips()
    {
        const string md = "# 关于𠀀字与“镕”“堃”的说明\n\n正文：GB18030 覆盖全部汉字，包括扩展区的𠀀。\n";
        var doc = Read("rare.md", Gb18030.GetBytes(md));
        Assert.Equal("gb18030", doc.EncodingName);
        Assert.Equal("关于𠀀字与“镕”“堃”的说明", doc.Title);
        Assert.Equal("正文：GB18030 覆盖全部汉字，包括扩展区的𠀀。", doc.Blocks[^1].Text);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16_without_bom_is_recognised_by_its_text(string encoding)
    {
        const string text = "关于加强作风建设的通知\n2021年3月5日 ABC";
        var doc = Read("nobom.txt", Encoding.GetEncoding(encoding).GetBytes(text));
        Assert.Equal(encoding, doc.EncodingName);
        Assert.Equal(text, doc.OriginalText);
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read("empty.txt", Array.Empty<byte>()));
        Assert.Contains("empty file", ex.Reason);
        Assert.Contains("文件为空", ex.Reason);
    }

    [Fact]
    public void Bom_only_file_is_reported_as_empty()
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read("bom.txt", new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.Contains("empty file", ex.Reason);
    }

    [Fact]
    public void Binary_file_with_nul_bytes_is_reported()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        bytes[10] = 0;
        var ex = Assert.Throws<DocumentReadException>(() => Read("image.txt", bytes));
        Assert.Contains("二进制文件", ex.Reason);
        Assert.Contains("binary file", ex.Reason);
    }

    [Fact]
    public void Text_with_many_control_characters_is_binary()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("正文\u0001\u0002\u0003\u0004", 50)));
        var ex = Assert.Throws<DocumentReadException>(() => Read("ctrl.txt", bytes));
        Assert.Contains("binary file", ex.Reason);
    }

    [Fact]
    public void Invalid_bytes_are_reported_as_undecodable()
    {
        // Not UTF-8 (lone continuation bytes) and, as GB18030, not Chinese text.
        var bytes = Enumerable.Range(0, 300).Select(i => (byte)(0x80 + i % 3)).ToArray();
        var ex = Assert.Throws<DocumentReadException>(() => Read("bad.txt", bytes));
        Assert.Contains("undecodable", ex.Reason);
        Assert.Contains("无法识别的编码", ex.Reason);
    }

    [Fact]
    public void Utf16_bom_with_odd_length_is_reported()
    {
        var bytes = new byte[] { 0xFF, 0xFE, 0x2D, 0x4E, 0x87 };
        var ex = Assert.Throws<DocumentReadException>(() => Read("odd.txt", bytes));
        Assert.Contains("UTF-16", ex.Reason);
    }

    [Fact]
    public void Unsupported_extension_is_reported()
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read("slides.pptx", new byte[] { 1, 2, 3 }));
        Assert.Contains("unsupported format", ex.Reason);
    }

    [Fact]
    public void Gbk_text_decodes_to_the_same_text()
    {
        const string text = "关于进一步加强作风建设的通知\r\n各乡镇党委：\r\n现将有关事项通知如下。";
        var doc = Read("gbk.txt", Encoding.GetEncoding("GBK").GetBytes(text));
        Assert.Equal(text, doc.OriginalText);
        Assert.Equal(["关于进一步加强作风建设的通知", "各乡镇党委：", "现将有关事项通知如下。"], doc.Blocks.Select(b => b.Text));
    }
}
