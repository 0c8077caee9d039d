using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using SearchPortal.Core.Configuration;
using SearchPortal.Core.Quotes;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;

namespace SearchPortal.Indexer;

/// <summary>
/// <c>check-reuse --file draft.txt</c>: runs the reuse check on a draft against an index, as the site would, and
/// prints the reused sentences and the latency (the median of <c>--repeat</c> runs after one warm-up run).
/// </summary>
internal static class ReuseBenchmark
{
    public static int Run(SearchPortalOptions options, string file, int repeat, double? threshold, bool json, string? echoesOf = null)
    {
        var draft = File.ReadAllText(file);
        var schema = IndexSchema.Load(options.ResolvedDataPath);
        using var provider = new IndexSearcherProvider(options.ResolvedIndexPath, schema, NullLogger<IndexSearcherProvider>.Instance, memoryMapped: options.MemoryMapIndex);
        var engine = new SearchEngine(provider, SearchRules.Load(options.ResolvedDataPath), QuoteRules.Load(options.ResolvedDataPath));
        var minSimilarity = threshold ?? ReuseChecker.MinSimilarity;
        var report = engine.Reuse.Check(draft, AccessScope.Everything, minSimilarity); // warm-up: opens the reader's term dictionaries
        if (echoesOf != null) return Echoes(engine, echoesOf); // the timed checks below would be thrown away
        var times = new List<double>();
        for (var i = 0; i < Math.Max(1, repeat); i++)
        {
            var watch = Stopwatch.StartNew();
            report = engine.Reuse.Check(draft, AccessScope.Everything, minSimilarity);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var median = times[times.Count / 2];
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { characters = draft.Length, median_ms = median, max_ms = times[^1], report }, JsonOutput.Options));
            return 0;
        }
        foreach (var s in report.Segments)
            Console.WriteLine($"[{s.Start}..{s.End}) {s.Text}\n    ← " + string.Join("; ", s.Sources.Select(x => $"{x.Id}#p-{x.Paragraph} {x.Similarity:0.00}")));
        Console.WriteLine($"{draft.Length} characters, {report.Segments.Count} reused sentences, reused share {report.ReusedShare:P1}; " +
                          $"median {median:F1} ms, max {times[^1]:F1} ms over {times.Count} runs");
        return 0;
    }

    /// <summary>The document page's 另见 N 篇 for one document: its first (uncached) computation is what a reader waits for.</summary>
    private static int Echoes(SearchEngine engine, string id)
    {
        var watch = Stopwatch.StartNew();
        var echoes = engine.Reuse.Echoes(id, AccessScope.Everything);
        var ms = watch.Elapsed.TotalMilliseconds;
        foreach (var e in echoes)
            Console.WriteLine($"p-{e.Paragraph}: 另见 {e.Sources.Count} 篇: " + string.Join("; ", e.Sources.Take(5).Select(s => $"{s.Id}#p-{s.Paragraph}")));
        Console.WriteLine($"{id}: {echoes.Count} paragraphs appear elsewhere; {ms:F1} ms");
        return 0;
    }
}
