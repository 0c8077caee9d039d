using System.Text;
using SearchPortal.Core.Configuration;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.Core.Tests.Indexing;

/// <summary>
/// Bad input, tried for real: every nasty file is either indexed correctly or reported and skipped,
/// nothing else is lost, and the run finishes.
/// </summary>
public sealed class BadInputIndexingTests : IDisposable
{
    private readonly string _corpus = TestPaths.NewTempDir("sp-bad-corpus");
    private readonly string _index = TestPaths.NewTempDir("sp-bad-index");
    private readonly SearchPortalOptions _options = new() { DataPath = TestPaths.Data };

    public void Dispose()
    {
        foreach (var dir in new[] { _corpus, _index })
            try { System.IO.Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private string Write(string id, byte[] bytes)
    {
        var path = Path.Combine(_corpus, id);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string id, string text) => Write(id, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_folder_of_bad_files_indexes_the_good_ones_and_reports_the_rest_with_reasons()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_corpus, "seed.txt"));
        Write("empty.txt", "");
        Write("binary.txt", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray());
        Write("invalid-utf8.txt", [0xE6, 0x94, 0xBF, 0xFF, 0xFE, 0xC0, 0x80, 0xE6, 0xB2]);
        // Mixed encodings in one file: a GB18030 line and a UTF-8 line — not one valid encoding.
        Write("mixed.txt", [.. Encoding.GetEncoding("GB18030").GetBytes("政治生态建设\n"), .. Encoding.UTF8.GetBytes("主体责任落实\n")]);
        Write("corrupt.docx", "PK\u0003\u0004garbage"u8.ToArray());
        Write("deep.md", "# 深层嵌套\n\n" + string.Concat(Enumerable.Repeat("> ", 2000)) + "嵌套引文里的一岗双责\n");
        Write("raw.md", "# 原始HTML\n\n正文段落。\n\n<script>alert('x')</script>\n\n<div><p>原始HTML中的营商环境</p></div>\n");
        Write("名称 带空格 与表情😀.txt", "文件名测试\n文件名含有空格、中文与表情符号的讲话稿，谈纪律建设。");
        Write("gb.txt", Encoding.GetEncoding("GB18030").GetBytes("国标编码文件\n这是用国标编码保存的文章，谈巡视整改。"));

        var summary = CorpusIndexer.Create(_options).Run(_corpus, _index, full: false);

        var failed = summary.Failures.ToDictionary(f => f.Id, f => f.Reason);
        Assert.Equal(new[] { "binary.txt", "corrupt.docx", "empty.txt", "invalid-utf8.txt" }, failed.Keys.Where(k => k != "mixed.txt").Order());
        Assert.All(failed.Values, r => Assert.False(string.IsNullOrWhiteSpace(r)));
        Assert.Equal(2, summary.ExitCode);
        // Whatever happened to the mixed file, everything else is searchable.
        Assert.Equal(1, Count("政治生态", "seed.txt"));
        Assert.Equal(1, Count("嵌套引文里的一岗双责", "deep.md"));
        Assert.Equal(1, Count("原始HTML中的营商环境", "raw.md"));
        Assert.Equal(0, Count("alert", "raw.md"));
        Assert.Equal(1, Count("表情符号的讲话稿", "名称 带空格 与表情😀.txt"));
        Assert.Equal(1, Count("巡视整改", "gb.txt"));
    }

    [Fact]
    public void A_ten_thousand_paragraph_document_is_indexed_to_its_last_paragraph()
    {
        var text = new StringBuilder("一万段的长文档\n");
        for (var i = 1; i <= 10_000; i++) text.Append("第").Append(i).Append("段：坚持全面从严治党，推进作风建设常态化。\n");
        text.Append("最后一段写着独一无二的收尾语句。\n");
        Write("long.txt", text.ToString());

        var summary = CorpusIndexer.Create(_options).Run(_corpus, _index, full: false);

        Assert.Equal(1, summary.Added);
        Assert.True(summary.Paragraphs >= 10_000, $"paragraphs: {summary.Paragraphs}");
        Assert.Equal(1, Count("独一无二的收尾语句", "long.txt"));
        Assert.Equal(1, Count("独一无二的收尾语句", "long.txt", IndexSchema.KindParagraph));
    }

    [Fact]
    public void A_100_MB_file_is_reported_as_too_large_without_being_read_and_the_rest_is_indexed()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_corpus, "seed.txt"));
        var line = Encoding.UTF8.GetBytes("这是一个一百兆字节的超大文本文件中的一行。\n");
        using (var big = File.Create(Path.Combine(_corpus, "huge.txt")))
            while (big.Length < 100L * 1024 * 1024) big.Write(line);

        var summary = CorpusIndexer.Create(_options).Run(_corpus, _index, full: false);

        Assert.Equal(1, summary.Added);
        var failure = Assert.Single(summary.Failures);
        Assert.Equal("huge.txt", failure.Id);
        Assert.Contains("文件过大", failure.Reason);
    }

    [Fact]
    public void A_symlink_loop_is_not_followed_and_a_symlinked_file_is_read()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_corpus, "seed.txt"));
        var sub = System.IO.Directory.CreateDirectory(Path.Combine(_corpus, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(sub.FullName, "loop"), _corpus);
        File.CreateSymbolicLink(Path.Combine(sub.FullName, "link.txt"), Path.Combine(_corpus, "seed.txt"));

        var summary = CorpusIndexer.Create(_options).Run(_corpus, _index, full: false);

        Assert.Equal(2, summary.Added);
        Assert.Contains(summary.Failures, f => f.Id == "sub/loop" && f.Reason.Contains("symlink"));
        Assert.Equal(1, Count("政治生态", "sub/link.txt"));
    }

    [Fact]
    public void A_file_that_vanishes_between_listing_and_reading_is_reported_and_the_rest_indexed()
    {
        Write("a.txt", "第一个文件\n内容甲：党风廉政建设。");
        var victim = Write("b.txt", "第二个文件\n内容乙：即将消失。");
        Write("c.txt", "第三个文件\n内容丙：纪律建设。");
        var indexer = CorpusIndexer.Create(_options, threads: 1);

        // Progress is reported after each file, in order with one thread: a.txt done → b.txt disappears.
        var summary = indexer.Run(_corpus, _index, full: false, new DeleteOnFirst(victim));

        Assert.Equal(2, summary.Added);
        var failure = Assert.Single(summary.Failures);
        Assert.Equal("b.txt", failure.Id);
        Assert.Equal(1, Count("党风廉政建设", "a.txt"));
        Assert.Equal(1, Count("纪律建设", "c.txt"));
    }

    private sealed class DeleteOnFirst(string path) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) { if (value.Done == 1) File.Delete(path); }
    }

    private int Count(string text, string id, string kind = IndexSchema.KindDocument) => IndexProbe.Count(_index, text, kind, id);
}
