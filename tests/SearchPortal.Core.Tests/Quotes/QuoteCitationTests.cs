using SearchPortal.Core.Quotes;

namespace SearchPortal.Core.Tests.Quotes;

public class QuoteCitationTests
{
    [Fact]
    public void Leader_citation_is_in_the_form_writers_use()
    {
        Assert.Equal("习近平总书记指出：“上级对下级尤其是上级一把手对下级一把手的监督最管用、最有效。”（《副县长在集体政治谈话会上的讲话稿》）",
            QuoteCitation.Format("上级对下级尤其是上级一把手对下级一把手的监督最管用、最有效。", "习近平总书记", QuoteKind.Leader, "副县长在集体政治谈话会上的讲话稿"));
    }

    [Theory]
    [InlineData("治其本,朝令而夕从;救其末,百世不改也。", "", QuoteKind.Classical, "古人云：“治其本,朝令而夕从;救其末,百世不改也。”（《讲话》）")]
    [InlineData("民不畏死，奈何以死惧之。", "老子", QuoteKind.Classical, "老子云：“民不畏死，奈何以死惧之。”（《讲话》）")]
    [InlineData("党员要“坚持公私分明”。", "《中国共产党廉洁自律准则》", QuoteKind.Document, "《中国共产党廉洁自律准则》规定：“党员要‘坚持公私分明’。”（《讲话》）")]
    [InlineData("路遥知马力，事久见人心", "", QuoteKind.Other, "“路遥知马力，事久见人心”（《讲话》）")]
    public void Other_kinds(string text, string who, QuoteKind kind, string expected) =>
        Assert.Equal(expected, QuoteCitation.Format(text, who, kind, "讲话"));

    [Fact]
    public void A_title_already_in_book_marks_and_a_missing_title()
    {
        Assert.EndsWith("（《论持久战》）", QuoteCitation.Format("留得青山在，不愁没柴烧", "俗话", QuoteKind.Other, "《论持久战》"));
        Assert.Equal("俗话说：“留得青山在，不愁没柴烧”", QuoteCitation.Format("留得青山在，不愁没柴烧", "俗话", QuoteKind.Other, null));
        // Titles as the corpus has them: a Markdown heading mark, a programme name in book marks.
        Assert.EndsWith("（《中国革命战争的战略问题》）", QuoteCitation.Format("知彼知己，百战不殆", "孙子", QuoteKind.Classical, "# 中国革命战争的战略问题"));
        Assert.EndsWith("（《〈新闻联播〉 (20260106)》）", QuoteCitation.Format("共抓大保护，不搞大开发", "习近平总书记", QuoteKind.Leader, "《新闻联播》 (20260106)"));
    }
}
