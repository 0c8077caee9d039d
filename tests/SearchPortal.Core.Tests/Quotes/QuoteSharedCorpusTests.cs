using SearchPortal.Core.Quotes;

namespace SearchPortal.Core.Tests.Quotes;

/// <summary>
/// The attribution forms on the real 新闻联播 transcripts and 毛选 of ../shared/corpus: counts measured when the forms
/// were added (bench/quotes/README.md), with some slack, so a regression of any form fails here.
/// </summary>
[Trait(TestCategory.Name, TestCategory.SharedCorpus)]
public class QuoteSharedCorpusTests
{
    private static List<Quote> ExtractUnder(string folder)
    {
        var corpus = new QuoteTestCorpus();
        return Directory.EnumerateFiles(Path.Combine(TestPaths.SharedCorpus, folder), "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(f => corpus.Extract(TestPaths.SharedCorpus, f))
            .ToList();
    }

    [SkippableFact]
    public void Xinwenlianbo_quotations_of_Xi_are_found_in_the_html_paragraphs()
    {
        Skip.IfNot(TestPaths.HasSharedCorpus, TestPaths.NoSharedCorpus);
        var quotes = ExtractUnder(Path.Combine("articles", "xinwenlianbo"));
        // 27 before the title/提出/pronoun forms and the canonical name (then as 习近平总书记); 51 with them.
        Assert.InRange(quotes.Count(q => q.Who == "习近平"), 45, 80);
        Assert.DoesNotContain(quotes, q => q.Who is "习近平总书记" or "总书记" or "习近平同志");
        Assert.Contains(quotes, q => q.Text.StartsWith("完善实施区域协调发展战略机制") && q.Who == "习近平");
        Assert.Contains(quotes, q => q.Text.StartsWith("坚持以正确认同促进心灵契合") && q.Who == "习近平");
    }

    [SkippableFact]
    public void Maoxuan_quotations_keep_their_classics_and_leaders_under_one_name()
    {
        Skip.IfNot(TestPaths.HasSharedCorpus, TestPaths.NoSharedCorpus);
        var quotes = ExtractUnder(Path.Combine("speeches", "maoxuan"));
        Assert.Contains(quotes, q => q.Text.StartsWith("他忽略了马克思主义的精髓") && q.Who == "列宁");
        Assert.Contains(quotes, q => q.Text.StartsWith("从来的哲学家只是各式各样地说明世界") && q.Who == "马克思");
        Assert.Contains(quotes, q => q.Text == "搬起石头打自己的脚");
        Assert.DoesNotContain(quotes, q => q.Who.EndsWith("同志"));
        Assert.InRange(quotes.Count(q => q.Kind == QuoteKind.Leader), 55, 100); // 55 before, 59 with the forms
    }
}
