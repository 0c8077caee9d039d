using System.Diagnostics;
using System.Text.Json;
using SearchPortal.Core.Configuration;
using SearchPortal.Core.Indexing;

// Thin entry point for ../shared/bench/peers/PROTOCOL.md over the product's own code. One JSON line on stdout per
// phase; everything else on stderr.
var dataPath = Path.Combine(AppContext.BaseDirectory, "Data");
return args.FirstOrDefault() switch
{
    "index" when args.Length == 4 => BenchIndex.Run(args[1], args[2], int.Parse(args[3]), dataPath),
    "query" when args.Length == 5 => BenchQuery.Run(args[1], args[2], args[3], int.Parse(args[4]), dataPath),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: SearchPortal.Bench index CORPUS INDEX_DIR THREADS | query INDEX_DIR QUERIES HITS_TSV PASSES");
    return 2;
}

internal static class BenchJson
{
    public const string Engine = "searchportal";
    public static string Version => $"SearchPortal (Lucene.Net 4.8.0-beta00017, SmartCn + CJK bigrams), .NET {Environment.Version}";
    public static void Print(object line) => Console.WriteLine(JsonSerializer.Serialize(line));
}

internal static class BenchIndex
{
    public static int Run(string corpus, string indexDir, int threads, string dataPath)
    {
        var init = Stopwatch.StartNew();
        var options = new SearchPortalOptions { DataPath = dataPath };
        var schema = IndexSchema.Load(dataPath);
        // Load SmartCn's dictionaries before the clock starts, as the peers' init_s does for theirs.
        Lucene.Net.Analysis.TokenStream? warm = null;
        try { warm = schema.SmartCn.GetTokenStream("body", "初始化分词词典"); warm.Reset(); while (warm.IncrementToken()) { } warm.End(); }
        finally { warm?.Dispose(); }
        var initSeconds = init.Elapsed.TotalSeconds;

        var indexer = CorpusIndexer.Create(options, schema: schema, threads: threads);
        var summary = indexer.Run(corpus, indexDir, full: true);
        var indexBytes = Directory.EnumerateFiles(indexDir).Sum(f => new FileInfo(f).Length);
        var stats = IndexStatsReader.Read(indexDir);
        foreach (var f in summary.Failures) Console.Error.WriteLine($"failed: {f.Id}: {f.Reason}");
        var docs = summary.Added + summary.Updated;
        BenchJson.Print(new Dictionary<string, object>
        {
            ["engine"] = BenchJson.Engine,
            ["engine_version"] = BenchJson.Version,
            ["phase"] = "index",
            ["threads"] = threads,
            ["docs"] = docs,
            ["mb"] = Math.Round(summary.Bytes / 1e6, 2),
            ["seconds"] = summary.Seconds,
            ["docs_per_s"] = Math.Round(docs / summary.Seconds, 1),
            ["mb_per_s"] = Math.Round(summary.Bytes / 1e6 / summary.Seconds, 2),
            ["index_mb"] = Math.Round(indexBytes / 1e6, 1),
            ["init_s"] = Math.Round(initSeconds, 2),
            ["segments"] = stats.Segments,
            ["failed"] = summary.Failed,
        });
        return 0;
    }
}
