using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

/// <summary>
/// The protocol's query work through the product's SearchService: exact total, top 10, stored id/title and up to
/// three highlighted passages per hit — plus what the product always does on top (facet counts over every facet,
/// the bigram safety net, paragraph passages with heading paths).
/// </summary>
internal static partial class BenchQuery
{
    public static int Run(string indexDir, string queriesFile, string hitsTsv, int passes, string dataPath)
    {
        var init = Stopwatch.StartNew();
        var schema = IndexSchema.Load(dataPath);
        using var provider = new IndexSearcherProvider(indexDir, schema);
        var service = new SearchService(provider, SearchRules.Load(dataPath));
        var queries = File.ReadAllLines(queriesFile).Select(q => q.Trim()).Where(q => q.Length > 0).ToList();
        var initSeconds = init.Elapsed.TotalSeconds;

        var outDir = Path.GetDirectoryName(Path.GetFullPath(hitsTsv))!;
        var warm = Stopwatch.StartNew();
        using (var hits = new StreamWriter(hitsTsv, false, new UTF8Encoding(false)))
        using (var excerpts = new StreamWriter(Path.Combine(outDir, "excerpts.tsv"), false, new UTF8Encoding(false)))
        {
            foreach (var q in queries)
            {
                var r = Search(service, q);
                hits.WriteLine(string.Join('\t', new[] { q, r.Total.ToString() }.Concat(r.Hits.Select(h => h.Id))));
                foreach (var h in r.Hits.Take(3))
                {
                    var excerpt = string.Join(" … ", h.Passages.Select(p => p.Html.Replace("<mark>", "<b>").Replace("</mark>", "</b>")));
                    excerpts.WriteLine($"{q}\t{h.Id}\t{Whitespace().Replace(excerpt, " ")}");
                }
            }
        }
        var warmupSeconds = warm.Elapsed.TotalSeconds;

        var times = new List<double>();
        var perQuery = queries.ToDictionary(q => q, _ => new List<double>());
        var wall = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
            foreach (var q in queries)
            {
                var t = Stopwatch.GetTimestamp();
                Search(service, q);
                var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                times.Add(ms);
                perQuery[q].Add(ms);
            }
        var wallSeconds = wall.Elapsed.TotalSeconds;
        File.WriteAllLines(Path.Combine(outDir, "latency.tsv"),
            queries.Select(q => $"{q}\t{Median(perQuery[q]):F3}"), new UTF8Encoding(false));

        times.Sort();
        var zeroHits = queries.Count(q => Search(service, q).Total == 0);
        BenchJson.Print(new Dictionary<string, object>
        {
            ["engine"] = BenchJson.Engine,
            ["engine_version"] = BenchJson.Version,
            ["phase"] = "query",
            ["threads"] = 1,
            ["docs"] = provider.Use(s => s == null ? 0 : s.IndexReader.NumDocs),
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

    private static SearchResponse Search(SearchService service, string q) =>
        service.Search(new SearchRequest { Query = q, Size = 10, Page = 1 });

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
