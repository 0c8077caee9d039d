using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;
using Xunit.Abstractions;

namespace SearchPortal.Core.Tests.Documents;

/// <summary>Metadata of the repository's own sample documents (tests/fixtures/corpus/), parsed end to end from the real files.</summary>
public class SampleCorpusMetadataTests(ITestOutputHelper output)
{
    private static readonly DocumentParser Parser = DocumentParser.CreateDefault(TestPaths.Data);

    private static DocumentMetadata Parse(string relative)
    {
        var path = Path.Combine(TestPaths.Corpus, relative);
        var file = new CorpusFile(relative, path, new FileInfo(path).Length, DateTime.UtcNow);
        return Parser.Parse(file).Metadata;
    }

    [Theory]
    // A byline "县委书记  周文斌" under a title that names no role (a .docx).
    [InlineData("speeches/在全县党风廉政建设工作会议上的讲话(2021-03-05).docx", "讲话", "县委书记", "县", "周文斌")]
    // A UTF-16 file whose byline is "镇长　何志强".
    [InlineData("speeches/镇长在全镇生态环境保护暨人居环境整治工作会议上的讲话.txt", "讲话", "镇长", "乡镇", "何志强")]
    // "市委常委班子" is the occasion's audience; the speaker is the 市委书记 of the byline and file name.
    [InlineData("speeches/市委书记在市委常委班子民主生活会上的总结讲话(2017-01-18).md", "讲话", "市委书记", "市", "孙明远")]
    // A 心得体会 with a motto title; the subtitle says what it is, the byline "石门镇党委书记　刘海燕" who wrote it.
    [InlineData("experiences/石门镇党委书记主题教育心得体会.txt", "心得体会", "镇党委书记", "乡镇", "刘海燕")]
    [InlineData("speeches/000_5847f394c549e8c0.txt", "讲话", "副县长", "县", "")]
    public void Type_role_level_and_speaker_of_sample_speeches(string file, string type, string role, string level, string speaker)
    {
        var m = Parse(file);
        Assert.Equal((type, role, level, speaker), (m.Type, m.Role, m.Level, m.Speaker));
    }

    [Theory]
    // A headline "清江市召开…座谈会" with a dateline "来源：清江日报 记者 杨帆" and 本报讯.
    [InlineData("news/清江市召开两学一做学习教育工作座谈会.htm", "新闻")]
    [InlineData("notices/宁川市纪委监委通报4起违反中央八项规定精神典型问题.html", "通报")]
    [InlineData("notices/关于持续整治形式主义官僚主义切实为基层减负的实施意见.txt", "意见")]
    [InlineData("qa/党纪处分知识问答第三期_20220816.txt", "问答")]
    [InlineData("regulations/中国共产党廉洁自律准则(2015).txt", "条例")]
    [InlineData("regulations/中国共产党纪律处分条例(2023)节选_总则第二章.txt", "条例")]
    [InlineData("reports/宁川市纪委六届三次全会工作报告.md", "报告")]
    public void Type_of_sample_documents(string file, string type) => Assert.Equal(type, Parse(file).Type);

    [Theory]
    [InlineData("speeches/000_5847f394c549e8c0.txt", "集体政治谈话会", "集体政治谈话会")]
    [InlineData("speeches/在全县党风廉政建设工作会议上的讲话(2021-03-05).docx", "全县党风廉政建设工作会议", "党风廉政建设工作会议")]
    [InlineData("speeches/市委书记在市委常委班子民主生活会上的总结讲话(2017-01-18).md", "市委常委班子2016年度民主生活会", "民主生活会")]
    [InlineData("speeches/镇长在全镇生态环境保护暨人居环境整治工作会议上的讲话.txt", "全镇生态环境保护暨人居环境整治工作会议", "工作会议")]
    // Front matter "occasion: 市纪委全会" is kept as the detail and normalised for the facet.
    [InlineData("reports/宁川市纪委六届三次全会工作报告.md", "市纪委全会", "纪委全会")]
    public void Occasion_facet_is_canonical_and_the_detail_is_kept(string file, string detail, string occasion)
    {
        var m = Parse(file);
        Assert.Equal((detail, occasion), (m.OccasionDetail, m.Occasion));
    }

    [Theory]
    // The note lists 2003 (first edition) and 2023 (revision) dates; the title/file name says (2023).
    [InlineData("regulations/中国共产党纪律处分条例(2023)节选_总则第二章.txt", 2023)]
    [InlineData("regulations/中国共产党廉洁自律准则(2015).txt", 2015)]
    [InlineData("speeches/在全县党风廉政建设工作会议上的讲话(2021-03-05).docx", 2021)]
    [InlineData("experiences/石门镇党委书记主题教育心得体会.txt", 2019)]
    public void Year_in_the_title_or_file_name_wins(string file, int year) => Assert.Equal(year, Parse(file).Year);

    [Fact]
    public void Print_every_sample()
    {
        var count = 0;
        foreach (var path in Directory.EnumerateFiles(TestPaths.Corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!Parser.CanRead(path)) continue;
            var rel = Path.GetRelativePath(TestPaths.Corpus, path).Replace('\\', '/');
            var m = Parse(rel);
            Assert.False(string.IsNullOrWhiteSpace(m.Title), rel);
            count++;
            output.WriteLine($"{rel}\n  title={m.Title} type={m.Type} date={m.Date} year={m.Year} speaker={m.Speaker} role={m.Role} " +
                             $"level={m.Level} occasion={m.Occasion} ({m.OccasionDetail}) topics={string.Join(',', m.Topics)}");
        }
        Assert.True(count >= 10, $"only {count} sample documents read");
    }
}
