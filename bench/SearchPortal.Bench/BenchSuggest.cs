using System.Diagnostics;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;

/// <summary>
/// Suggestions as you type, as /api/suggest answers them: every 1- and 2-character prefix of the queries, asked of the
/// engine's suggestion service after the reader's suggestion index is built (its build time is reported apart).
/// </summary>
internal static class BenchSuggest
{
    public static int Run(string indexDir, string queriesFile, int passes, string dataPath)
    {
        var schema = IndexSchema.Load(dataPath);
        using var provider = new IndexSearcherProvider(indexDir, schema);
        var service = SearchEngine.Create(provider, new SearchPortal.Core.Configuration.SearchPortalOptions { DataPath = dataPath }).Suggest;
        var prefixes = File.ReadAllLines(queriesFile).Select(q => q.Trim()).Where(q => q.Length > 0)
            .SelectMany(q => new[] { q[..1], q[..Math.Min(2, q.Length)] }).Distinct().ToList();

        var build = Stopwatch.StartNew();
        var keys = provider.Use(s => s == null ? 0 : service.Index(s).KeyCount);
        var buildMs = build.Elapsed.TotalMilliseconds;
        foreach (var p in prefixes) service.Suggest(p, AccessScope.Everything); // warm-up: JIT

        var times = new List<double>();
        var empty = prefixes.Where(p => service.Suggest(p, AccessScope.Everything).Count == 0).ToList();
        for (var pass = 0; pass < passes; pass++)
            foreach (var p in prefixes)
            {
                var watch = Stopwatch.StartNew();
                service.Suggest(p, AccessScope.Everything);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        times.Sort();
        double P(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        foreach (var p in empty) Console.Error.WriteLine($"no suggestion: {p}");
        BenchJson.Print(new Dictionary<string, object>
        {
            ["engine"] = BenchJson.FullEngine,
            ["phase"] = "suggest",
            ["prefixes"] = prefixes.Count,
            ["passes"] = passes,
            ["keys"] = keys,
            ["build_ms"] = Math.Round(buildMs, 1),
            ["p50_ms"] = Math.Round(P(0.5), 4),
            ["p99_ms"] = Math.Round(P(0.99), 4),
            ["max_ms"] = Math.Round(times[^1], 4),
            ["empty"] = empty.Count,
        });
        return 0;
    }
}
