using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Search;

/// <summary>Query understanding: question-word stripping, fallback levels, known-title boost, year preference.</summary>
public sealed class QueryUnderstandingTests
{
    private static readonly IndexSchema Schema = IndexSchema.Load(TestPaths.Data);
    private static readonly SearchRules Rules = SearchRules.Load(TestPaths.Data);
    private static readonly LuceneQueryBuilder Builder = new(Schema, Rules);

    private static TermPlan Plan(string text, bool quoted = false) => Builder.Segmenter.Plan(new QueryTerm(text, quoted));

    [Fact]
    public void Question_words_are_cut_out_and_reported()
    {
        var plan = Plan("党员参加赌博怎么处分");
        var units = plan.Units.Select(u => u.Text).ToList();
        Assert.Contains("怎么", plan.Ignored);
        Assert.DoesNotContain(units, u => u.Contains("怎么"));
        Assert.Contains("赌博", units);
        Assert.Contains("处分", units);
    }

    [Fact]
    public void Single_character_question_words_go_only_when_they_stand_alone()
    {
        var question = Plan("在职干部经商办企业算违纪吗");
        Assert.Contains("吗", question.Ignored);
        Assert.DoesNotContain(question.Units, u => u.Text.Contains('吗'));
        Assert.Contains(question.Units, u => u.Text.Contains("违纪"));

        // 算 inside a word (预算) and 么 inside 什么… are not question words there.
        var budget = Plan("预算执行审计整改");
        Assert.Empty(budget.Ignored);
        Assert.Contains(budget.Units, u => u.Text.Contains("预算"));
    }

    [Fact]
    public void Quoted_phrases_and_queries_of_question_words_only_are_searched_as_typed()
    {
        var quoted = Plan("怎么办", quoted: true);
        Assert.Empty(quoted.Ignored);
        Assert.Equal("怎么办", Assert.Single(quoted.Units).Text);

        var only = Plan("什么");
        Assert.Empty(only.Ignored);
        Assert.Equal("什么", Assert.Single(only.Units).Text);
    }

    [Fact]
    public void Compiled_question_lists_its_content_words_as_relaxable_units()
    {
        var compiled = Builder.Build(new QueryTextParser().Parse("党员参加赌博怎么处分"), expand: false);
        Assert.Contains("怎么", compiled.Display.Ignored);
        Assert.True(compiled.Relaxable.Units.Count >= 3, $"units: {compiled.Relaxable.Units.Count}");
        Assert.NotNull(SearchPasses.Relaxed(compiled, compiled.Relaxable.Units.Count - 1));
        Assert.Null(SearchPasses.Relaxed(compiled, compiled.Relaxable.Units.Count)); // "all" is the strict query
    }

    [Theory]
    [InlineData(1, new int[0])]
    [InlineData(2, new[] { 1 })]
    [InlineData(3, new[] { 2 })]
    [InlineData(4, new[] { 3, 2 })]
    [InlineData(5, new[] { 4, 3 })]
    [InlineData(7, new[] { 6, 4 })]
    public void Fallback_levels_are_all_but_one_then_about_half(int units, int[] expected) =>
        Assert.Equal(expected, SearchPasses.RelaxLevels(units));

    [Fact]
    public void A_year_beside_a_title_is_preferred_not_required()
    {
        var compiled = Builder.Build(new QueryTextParser().Parse("纪律处分条例 2015"), expand: false);
        Assert.Equal(2015, compiled.Display.PreferredYear);
        Assert.Single(compiled.Hints.Parts); // 2015 is no longer a required part
        Assert.Equal("纪律处分条例", compiled.Display.TitleText);

        var alone = Builder.Build(new QueryTextParser().Parse("2015"), expand: false);
        Assert.Null(alone.Display.PreferredYear); // a year typed alone is the search
    }

    [Fact]
    public void Title_boost_puts_the_document_named_above_titles_that_only_cite_it()
    {
        using var dir = new RAMDirectory();
        using (var writer = new IndexWriter(dir, Schema.WriterConfig()))
        {
            foreach (var title in new[] { "中国共产党纪律处分条例2015", "中国共产党纪律处分条例2018", "浅析纪律处分条例溯及力问题", "实践论", "学习《实践论》的体会" })
                writer.AddDocument(new Document { new StringField(IndexSchema.TitleExact, SearchPortal.Core.Documents.TitleNormalizer.Fold(title), Field.Store.NO) });
        }
        using var reader = DirectoryReader.Open(dir);
        var matcher = new TitleMatcher(reader, Rules.TitlePrefixes);

        var edition = matcher.Match("纪律处分条例", 2015);
        Assert.Equal("中国共产党纪律处分条例2015", edition[0].Title);
        Assert.True(edition[0].Boost > edition.Single(m => m.Title == "浅析纪律处分条例溯及力问题").Boost * 2);

        var exact = matcher.Match("实践论");
        Assert.Equal("实践论", exact[0].Title);
        Assert.Equal(TitleMatcher.ExactBoost, exact[0].Boost);
        Assert.True(exact[1].Boost < exact[0].Boost / 2);

        Assert.Empty(matcher.Match("毛泽东"));
    }
}

public sealed class PassageHeadingTests
{
    private static Lucene.Net.Documents.Document Para(string text, string path) => new()
    {
        new StoredField(IndexSchema.Text, text),
        new StoredField(IndexSchema.HeadingPath, path),
    };

    [Fact]
    public void Heading_paragraphs_are_recognised_and_body_paragraphs_are_not()
    {
        Assert.True(HitReader.IsHeading(Para("（二）带头营造良好政治生态", "二、正视问题 › （二）带头营造良好政治生态")));
        Assert.False(HitReader.IsHeading(Para("要带头营造良好政治生态，坚决同一切违反政治纪律的行为作斗争。", "二、正视问题 › （二）带头营造良好政治生态")));
        Assert.False(HitReader.IsHeading(Para("（二）带头营造良好政治生态", "")));
    }
}
