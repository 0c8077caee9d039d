using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Core.Tests.Search;

public sealed class WithinSyntaxTests
{
    private static ParsedQuery Parse(string q) => new QueryTextParser().Parse(q);

    private static string[] Words(ParsedQuery p) => p.Required.Select(g => string.Join("|", g.Select(t => t.Text))).ToArray();

    [Theory]
    [InlineData("同句:(违反 纪律)", WithinScope.Sentence)]
    [InlineData("同句：（违反 纪律）", WithinScope.Sentence)]
    [InlineData("同一句:(违反 纪律)", WithinScope.Sentence)]
    [InlineData("同段:(违反 纪律)", WithinScope.Paragraph)]
    [InlineData("同段(违反 纪律)", WithinScope.Paragraph)]
    [InlineData("within:paragraph(违反 纪律)", WithinScope.Paragraph)]
    [InlineData("违反 纪律 within:sentence", WithinScope.Sentence)]
    [InlineData("WITHIN:Paragraph 违反 纪律", WithinScope.Paragraph)]
    [InlineData("同段:(违反 纪律", WithinScope.Paragraph)] // unclosed: runs to the end
    public void The_scope_is_read_and_its_words_stay_required_terms(string query, WithinScope scope)
    {
        var p = Parse(query);
        Assert.Equal(scope, p.Within);
        Assert.Equal(["违反", "纪律"], Words(p));
        Assert.Empty(p.Notices);
    }

    [Fact]
    public void Words_outside_the_parentheses_and_operators_inside_work_as_usual()
    {
        var p = Parse("同段:(违反 纪律 OR 规矩) -处分 类型:条例");
        Assert.Equal(WithinScope.Paragraph, p.Within);
        Assert.Equal(["违反", "纪律|规矩"], Words(p));
        Assert.Equal("处分", p.Excluded.Single().Text);
        Assert.Single(p.Filters);
    }

    [Theory]
    [InlineData("同句")]
    [InlineData("同段落")]
    [InlineData("within")]
    [InlineData("within:document")]
    public void Without_the_syntax_the_words_are_ordinary_words(string query)
    {
        var p = Parse(query);
        Assert.Equal(WithinScope.Document, p.Within);
        Assert.Equal([query], Words(p));
    }

    [Fact]
    public void Both_scopes_in_one_query_give_the_stricter_one()
    {
        Assert.Equal(WithinScope.Sentence, Parse("同段:(违反) 同句:(纪律)").Within);
        Assert.Equal(WithinScope.Sentence, WithinSyntax.Stricter(WithinScope.Paragraph, WithinScope.Sentence));
        Assert.Equal(WithinScope.Paragraph, WithinSyntax.Stricter(WithinScope.Document, WithinScope.Paragraph));
    }
}
