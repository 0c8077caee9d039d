using SearchPortal.Core.Access;
using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;

namespace SearchPortal.Core.Tests.Access;

/// <summary>access.txt (globs, comments, last match wins, bad lines), the level syntax, and front matter access:.</summary>
public sealed class AccessRulesTests
{
    [Theory]
    [InlineData("公开", "公开", new[] { "public" })]
    [InlineData(" 内部 ", "内部", new[] { "internal" })]
    [InlineData("public", "公开", new[] { "public" })]
    [InlineData("限定:纪检", "限定:纪检", new[] { "group:纪检" })]
    [InlineData("限定：纪检，审计", "限定:纪检,审计", new[] { "group:纪检", "group:审计" })]
    [InlineData("限定:纪检,审计,纪检", "限定:纪检,审计", new[] { "group:纪检", "group:审计" })]
    [InlineData("\"限定:巡视办\"", "限定:巡视办", new[] { "group:巡视办" })]
    [InlineData("restricted:audit", "限定:audit", new[] { "group:audit" })]
    public void Levels_parse_to_their_text_and_index_tokens(string text, string expected, string[] tokens)
    {
        Assert.True(AccessLevel.TryParse(text, out var level));
        Assert.Equal(expected, level.Text);
        Assert.Equal(tokens, level.Tokens);
    }

    [Theory]
    [InlineData("")]
    [InlineData("机密")]
    [InlineData("限定")]
    [InlineData("限定:")]
    [InlineData("限定:纪检 审计")]
    [InlineData("秘密:纪检")]
    public void Anything_else_is_not_a_level(string text) => Assert.False(AccessLevel.TryParse(text, out _));

    [Fact]
    public void The_last_matching_line_wins_and_unmatched_documents_get_the_default()
    {
        var rules = AccessRules.Parse([
            "# 访问级别",
            "",
            "**            内部",
            "regulations/** 公开",
            "speeches/*.md 限定:纪检",
            "speeches/2023/*.txt 限定:审计   ",
            "cases/        限定:纪检,审计",
        ], AccessLevel.Public);
        Assert.Empty(rules.Problems);
        Assert.Equal(5, rules.Count);
        Assert.Equal("公开", rules.LevelFor("regulations/ccdi/条例.md").Text);
        Assert.Equal("内部", rules.LevelFor("news/a.txt").Text);
        Assert.Equal("限定:纪检", rules.LevelFor("speeches/讲话.md").Text);
        Assert.Equal("内部", rules.LevelFor("speeches/sub/讲话.md").Text); // * stays within one folder
        Assert.Equal("限定:审计", rules.LevelFor("speeches/2023/a.txt").Text);
        Assert.Equal("内部", rules.LevelFor("speeches/2023/ab.docx").Text);
        Assert.Equal("限定:纪检,审计", rules.LevelFor("cases/2024/一号案.docx").Text); // a folder means all under it
        Assert.Equal("内部", rules.LevelFor("Regulations/x.md").Text); // case-sensitive, like the ids

        var none = AccessRules.Parse(["# only a comment"], AccessLevel.Internal);
        Assert.Equal("内部", none.LevelFor("any/thing.txt").Text);
    }

    [Fact]
    public void Bad_lines_are_reported_with_their_number_and_an_unknown_level_closes_its_documents()
    {
        var rules = AccessRules.Parse([
            "speeches/** 内部",
            "orphan-glob-without-level",
            "secret/** 机密",
            "two words/** 公开",
        ], AccessLevel.Public);
        Assert.Equal([2, 3, 4], rules.Problems.Select(p => p.Line));
        Assert.Contains("缺少访问级别", rules.Problems[0].Reason);
        Assert.Contains("机密", rules.Problems[1].ToString());
        Assert.Contains("第 3 行", rules.Problems[1].ToString());
        // A typo never publishes: the glob is kept, its documents seen by admins only.
        Assert.Same(AccessLevel.Closed, rules.LevelFor("secret/a.md"));
        Assert.False(AccessScope.SignedIn(["纪检"]).CanSee(rules.LevelFor("secret/a.md")));
        Assert.True(AccessScope.Everything.CanSee(rules.LevelFor("secret/a.md")));
        Assert.Equal("内部", rules.LevelFor("speeches/a.md").Text);
        Assert.Equal("公开", rules.LevelFor("two words/a.md").Text); // the line with a space in its glob is ignored
    }

    [Fact]
    public void Access_txt_is_read_from_the_corpus_root_and_absent_means_the_default()
    {
        var corpus = TestPaths.NewTempDir("sp-access-rules");
        try
        {
            Assert.Equal("限定:纪检", AccessRules.Load(corpus, AccessLevel.Restricted(["纪检"])).LevelFor("a.txt").Text);
            File.WriteAllText(Path.Combine(corpus, AccessRules.FileName), "\uFEFFa.txt 内部\n");
            Assert.Equal("内部", AccessRules.Load(corpus, AccessLevel.Public).LevelFor("a.txt").Text);
        }
        finally { Directory.Delete(corpus, recursive: true); }
    }

    [Fact]
    public void Scopes_see_public_internal_and_their_groups()
    {
        var anonymous = AccessScope.Anonymous;
        var jijian = AccessScope.SignedIn(["纪检", " ", "纪检"]);
        var both = AccessLevel.Restricted(["纪检", "审计"]);
        Assert.True(anonymous.CanSee(AccessLevel.Public));
        Assert.False(anonymous.CanSee(AccessLevel.Internal));
        Assert.False(anonymous.CanSee(both));
        Assert.True(jijian.CanSee(AccessLevel.Internal));
        Assert.True(jijian.CanSee(both));
        Assert.False(jijian.CanSee(AccessLevel.Restricted(["审计"])));
        Assert.False(AccessScope.Nobody.CanSee(AccessLevel.Public));
        Assert.Equal(["纪检"], jijian.Groups);
        Assert.Equal(AccessScope.SignedIn(["审计", "纪检"]).Key, AccessScope.SignedIn(["纪检", "审计"]).Key);
        Assert.NotEqual(AccessScope.SignedIn([]).Key, jijian.Key);
        // Caches vary by the key: a group name holding the separator must not make another group set's key.
        Assert.NotEqual(AccessScope.SignedIn(["a|b"]).Key, AccessScope.SignedIn(["a", "b"]).Key);
    }

    [Theory]
    [InlineData("内部", "内部", false)]
    [InlineData("限定:纪检,审计", "限定:纪检,审计", false)]
    [InlineData("机密", "限定", true)]
    public void Front_matter_access_overrides_and_a_bad_value_closes_the_document(string value, string expected, bool problem)
    {
        var extractor = new MetadataExtractor(TestPaths.Data);
        var raw = new RawDocument
        {
            Id = "speeches/a.md",
            Format = "markdown",
            OriginalText = "",
            Title = "在全县警示教育大会上的讲话",
            Blocks = [new TextBlock(BlockKind.Paragraph, "同志们：今天召开警示教育大会。")],
            FrontMatter = new Dictionary<string, string> { ["Access"] = value },
        };
        var meta = extractor.Extract(raw, [new Paragraph(1, "同志们：今天召开警示教育大会。", "")]);
        Assert.Equal(expected, meta.Access!.Text);
        Assert.Equal(problem, meta.AccessProblem != null);

        var plain = extractor.Extract(new RawDocument { Id = "b.md", Format = "markdown", OriginalText = "", Blocks = [] },
            [new Paragraph(1, "正文。", "")]);
        Assert.Null(plain.Access); // access.txt or the default decide at index time
    }
}
