using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

internal sealed record QueryHit(string Path, string Title, IReadOnlyList<string> PassagesHtml);
internal sealed record QueryResult(int Total, IReadOnlyList<QueryHit> Hits);

/// <summary>
/// The protocol's query phase around any search function: a warm-up pass writing hits.tsv and excerpts.tsv, then
/// PASSES timed single-threaded passes (each query timed alone), latency.tsv and one JSON line.
/// </summary>
internal static partial class QueryRunner
{
    public static int Run(IReadOnlyList<string> queries, string hitsTsv, int passes, double initSeconds, int docs,
        string engine, Func<string, QueryResult> search)
    {
        var outDir = Path.GetDirectoryName(Path.GetFullPath(hitsTsv))!;
        var warm = Stopwatch.StartNew();
        var zeroHits = 0;
        using (var hits = new StreamWriter(hitsTsv, false, new UTF8Encoding(false)))
        using (var excerpts = new StreamWriter(Path.Combine(outDir, "excerpts.tsv"), false, new UTF8Encoding(false)))
        {
            foreach (var q in queries)
            {
                var r = search(q);
                if (r.Total == 0) zeroHits++;
                hits.WriteLine(string.Join('\t', new[] { q, r.Total.ToString() }.Concat(r.Hits.Select(h => h.Path))));
                foreach (var h in r.Hits.Take(3))
                {
                    var excerpt = string.Join(" … ", h.PassagesHtml.Select(p => p.Replace("<mark>", "<b>").Replace("</mark>", "</b>")));
                    excerpts.WriteLine($"{q}\t{h.Path}\t{Whitespace().Replace(excerpt, " ")}");
                }
            }
        }
        var warmupSeconds = warm.Elapsed.TotalSeconds;

        var times = new List<double>();
        var perQuery = queries.Distinct().ToDictionary(q => q, _ => new List<double>());
        var wall = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
            foreach (var q in queries)
            {
                var t = Stopwatch.GetTimestamp();
                search(q);
                var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                times.Add(ms);
                perQuery[q].Add(ms);
            }
        var wallSeconds = wall.Elapsed.TotalSeconds;
        File.WriteAllLines(Path.Combine(outDir, "latency.tsv"),
            queries.Select(q => $"{q}\t{Median(perQuery[q]):F3}"), new UTF8Encoding(false));

        times.Sort();
        BenchJson.Print(new Dictionary<string, object>
        {
            ["engine"] = engine,
            ["engine_version"] = BenchJson.Version,
            ["phase"] = "query",
            ["threads"] = 1,
            ["docs"] = docs,
            ["queries"] = queries.Count,
            ["passes"] = passes,
            ["p50_ms"] = Math.Round(Percentile(times, 50), 2),
            ["p95_ms"] = Math.Round(Percentile(times, 95), 2),
            ["p99_ms"] = Math.Round(Percentile(times, 99), 2),
            ["mean_ms"] = Math.Round(times.Average(), 2),
            ["qps"] = Math.Round(times.Count / wallSeconds, 1),
            ["warmup_s"] = Math.Round(warmupSeconds, 2),
            ["init_s"] = Math.Round(initSeconds, 2),
            ["zero_hit_queries"] = zeroHits,
        });
        return 0;
    }

    // Nearest-rank percentile, as the protocol defines.
    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static double Median(List<double> values)
    {
        var s = values.OrderBy(v => v).ToList();
        return s.Count == 0 ? 0 : s[s.Count / 2];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
