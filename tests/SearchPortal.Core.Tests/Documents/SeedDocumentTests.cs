using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Tests.Documents;

/// <summary>The seed speech (a scraped 副县长 speech with real noise) through the whole parsing path.</summary>
public class SeedDocumentTests
{
    private static readonly Lazy<ParsedDocument> Seed = new(() =>
    {
        var parser = DocumentParser.CreateDefault(TestPaths.Data);
        var info = new FileInfo(TestPaths.Seed);
        return parser.Parse(new CorpusFile("speeches/000_5847f394c549e8c0.txt", info.FullName, info.Length, info.LastWriteTimeUtc));
    });

    private static ParsedDocument Doc => Seed.Value;

    [Fact]
    public void Metadata_matches_the_speech()
    {
        var meta = Doc.Metadata;
        Assert.Equal("副县长在集体政治谈话会上的讲话稿", meta.Title);
        Assert.Equal("讲话", meta.Type);
        Assert.Equal("副县长", meta.Role);
        Assert.Equal("县", meta.Level);
        Assert.Equal("集体政治谈话会", meta.Occasion);
        Assert.Contains("全面从严治党", meta.Topics);
        Assert.Contains("政治生态", meta.Topics);
        Assert.Contains("主体责任", meta.Topics);
        Assert.True(meta.Topics.Count <= 8);
        // The speaker is only named by role; the scraped byline "爱美丽" is not a speaker.
        Assert.Equal("", meta.Speaker);
        // No date anywhere in the seed ("时间:" is empty), so none is invented.
        Assert.Null(meta.Year);
    }

    [Fact]
    public void Three_top_level_sections_with_their_points()
    {
        var top = Doc.Paragraphs.Where(p => p.HeadingLevel == 1).Select(p => p.Text).ToList();
        Assert.Equal(3, top.Count);
        Assert.StartsWith("一、提高站位", top[0]);
        Assert.StartsWith("二、正视问题", top[1]);
        // The seed uses half-width commas; heading labels show them as Chinese punctuation.
        Assert.StartsWith("二、正视问题，切实增强", Doc.Paragraphs.First(p => p.HeadingPath.StartsWith("二、")).HeadingPath);
        Assert.StartsWith("三、强化担当", top[2]);

        // Each numbered point is a body paragraph that adds its first sentence to the heading path.
        var points = Doc.Paragraphs
            .Select(p => p.HeadingPath.Split(StructureParser.PathSeparator))
            .Where(parts => parts.Length == 2)
            .Distinct(new PathComparer())
            .GroupBy(parts => parts[0][..2])
            .ToDictionary(g => g.Key, g => g.Select(parts => parts[1]).ToList());
        Assert.Equal(["1.要深刻认识到，政治谈话是督促做到“两个维护”的深刻警醒", "2.要深刻认识到，政治谈话是强化自上而下监督的严肃举措", "3.要深刻认识到，政治谈话是落实主体责任的压力传导"], points["一、"]);
        Assert.Equal(3, points["二、"].Count);
        Assert.Equal(4, points["三、"].Count);
        Assert.Equal("4.要始终凝心聚力推动X高质量跨越式发展", points["三、"][3]);
    }

    [Fact]
    public void Paragraph_under_section_two_point_two_knows_its_heading_path()
    {
        var p = Doc.Paragraphs.Single(p => p.Text.StartsWith("2.要深刻剖析自身存在的问题和根源"));
        Assert.Equal("二、正视问题，切实增强优化政治生态的责任感、紧迫感 › 2.要深刻剖析自身存在的问题和根源", p.HeadingPath);
        Assert.Equal(0, p.HeadingLevel);
        // The paragraph keeps its whole text, heading sentence included.
        Assert.Contains("五是制度执行不到位", p.Text);

        var next = Doc.Paragraphs[p.Ordinal]; // the paragraph after it (ordinals are 1-based)
        Assert.StartsWith("3.要加快整改问题", next.Text);
        Assert.EndsWith("3.要加快整改问题、净化政治生态的步伐", next.HeadingPath);
    }

    [Fact]
    public void Ordinals_follow_reading_order_and_body_lines_are_not_headings()
    {
        Assert.Equal(Enumerable.Range(1, Doc.Paragraphs.Count), Doc.Paragraphs.Select(p => p.Ordinal));
        var yiShi = Doc.Paragraphs.Single(p => p.Text.StartsWith("一是上级有要求"));
        Assert.Equal(0, yiShi.HeadingLevel);
        Assert.Equal("", yiShi.HeadingPath); // before the first section
        var before = Doc.Paragraphs.Single(p => p.Text.StartsWith("下面"));
        Assert.Equal("", before.HeadingPath);
    }

    private sealed class PathComparer : IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x!.SequenceEqual(y!);
        public int GetHashCode(string[] obj) => string.Join('|', obj).GetHashCode();
    }
}
