using System.Diagnostics;
using SearchPortal.Core.Tests.Search;
using Xunit.Abstractions;

namespace SearchPortal.Core.Tests.Suggest;

[Trait(TestCategory.Name, TestCategory.SharedCorpus)]
[Collection(SharedCorpusCollection.Name)]
public sealed class SharedCorpusSuggestTests(SharedCorpusFixture shared, ITestOutputHelper output)
{
    private ISuggestService Service
    {
        get
        {
            Skip.IfNot(TestPaths.HasSharedCorpus, TestPaths.NoSharedCorpus);
            return shared.Engine!.Suggest;
        }
    }

    [SkippableFact]
    public void The_regulation_is_suggested_for_the_words_after_its_issuing_body()
    {
        var hits = Service.Suggest("纪律处分", AccessScope.Everything);
        output.WriteLine(string.Join("\n", hits.Select(h => $"{h.Kind}\t{h.Text}\t{h.Id}")));
        Assert.Contains(hits, h => h.Kind == SuggestionKinds.Title && h.Text == "中国共产党纪律处分条例");
        Assert.Equal(SuggestionKinds.Title, hits[0].Kind);
        Assert.Equal(hits.Count, hits.DistinctBy(h => h.Text).Count()); // the editions are one suggestion
    }

    [SkippableFact]
    public void Every_one_and_two_character_prefix_of_the_bench_queries_gets_suggestions()
    {
        // Latency is measured by the suggest-bench command (README), not here: a timed test fails on a busy machine.
        var service = Service;
        var file = Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, "..", "shared", "bench", "peers", "queries.txt"));
        Skip.IfNot(File.Exists(file), "queries.txt absent");
        var prefixes = File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0)
            .SelectMany(q => new[] { q[..1], q[..Math.Min(2, q.Length)] }).Distinct().ToList();
        Assert.All(prefixes, p => Assert.NotEmpty(service.Suggest(p, AccessScope.Everything)));
    }
}
