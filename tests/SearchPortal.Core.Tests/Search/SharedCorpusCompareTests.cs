using SearchPortal.Core.Comparison;
using Xunit.Abstractions;

namespace SearchPortal.Core.Tests.Search;

/// <summary>新旧对照 of 《中国共产党纪律处分条例》 2018 and 2023 on the real corpus.</summary>
[Trait(TestCategory.Name, TestCategory.SharedCorpus)]
[Collection(SharedCorpusCollection.Name)]
public sealed class SharedCorpusCompareTests(SharedCorpusFixture shared, ITestOutputHelper output)
{
    private const string Old = "regulations/ccdi-kb/党内法律法规/中国共产党纪律处分条例_2018.md";
    private const string New = "regulations/ccdi-kb/党内法律法规/中国共产党纪律处分条例_2023.md";

    [SkippableFact]
    public void The_2018_and_2023_discipline_regulations_align_article_by_article()
    {
        Skip.IfNot(TestPaths.HasSharedCorpus, TestPaths.NoSharedCorpus);
        var c = new EditionComparer(shared.Engine!.Store).Compare(Old, New, AccessScope.Everything)!;
        var s = c.Summary;
        output.WriteLine($"changed {s.Changed} added {s.Added} deleted {s.Deleted} moved {s.Moved} unchanged {s.Unchanged}");
        foreach (var r in c.Articles.Where(r => r.Change is "moved" or "deleted" or "added" || r.BNumber > 150))
            output.WriteLine($"{r.ANumber}\t{r.BNumber}\t{r.Change}\t{r.AHtml[..Math.Min(60, r.AHtml.Length)]}\t{r.BHtml[..Math.Min(60, r.BHtml.Length)]}");

        // 2018 has 142 articles, 2023 has 158: every article is on one row, each once.
        Assert.Equal(142, c.Articles.Count(r => r.ANumber != null));
        Assert.Equal(158, c.Articles.Count(r => r.BNumber != null));
        Assert.Equal(Enumerable.Range(1, 158), c.Articles.Where(r => r.BNumber != null).Select(r => r.BNumber!.Value));
        Assert.True(s.Added >= 16, $"added {s.Added}");
        Assert.True(s.Changed > 30 && s.Unchanged > 10, $"changed {s.Changed}, unchanged {s.Unchanged}");

        // 第一条: 2023 adds 理论、 to 党的路线、方针… and the change is marked inside the article.
        var first = c.Articles.Single(r => r.BNumber == 1);
        Assert.Equal(1, first.ANumber);
        Assert.Equal("changed", first.Change);
        Assert.Contains("<ins>", first.BHtml);
        Assert.Contains("理论", first.BHtml);
    }
}
