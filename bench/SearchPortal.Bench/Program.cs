using SearchPortal.LuceneEngine.Search;
using System.Diagnostics;
using System.Text.Json;
using SearchPortal.Core.Configuration;
using SearchPortal.LuceneEngine.Indexing;

// Thin entry point for ../shared/bench/peers/PROTOCOL.md over the product's own code. One JSON line on stdout per
// phase; everything else on stderr.
var dataPath = Path.Combine(AppContext.BaseDirectory, "Data");
return args.FirstOrDefault() switch
{
    // The protocol's work with the product's components (engine "searchportal").
    "index" when args.Length == 4 => ProtocolIndex.Run(args[1], args[2], int.Parse(args[3]), dataPath),
    "query" when args.Length == 5 => ProtocolQuery.Run(args[1], args[2], args[3], int.Parse(args[4]), dataPath),
    // Everything the product does (engine "searchportal-full"): CorpusIndexer and the engine's DocumentSearch as the site runs them.
    "full-index" when args.Length == 4 => BenchIndex.Run(args[1], args[2], int.Parse(args[3]), dataPath),
    "full-query" when args.Length == 5 => BenchQuery.Run(args[1], args[2], args[3], int.Parse(args[4]), dataPath),
    "stages" when args.Length == 3 => BenchStages.Run(args[1], args[2], dataPath),
    // Merges an index down to N segments: how much segment count costs the query phase (not part of the protocol).
    "merge" when args.Length == 3 => BenchStages.Merge(args[1], int.Parse(args[2]), dataPath),
    // Suggestions as you type: all 1- and 2-character prefixes of the queries (not part of the protocol).
    "suggest-bench" when args.Length is 3 or 4 => BenchSuggest.Run(args[1], args[2], args.Length == 4 ? int.Parse(args[3]) : 20, dataPath),
    // Every citation found, resolved or not, with context: the population bench/citations samples (not part of the protocol).
    "citations" when args.Length == 3 => BenchCitations.Run(args[1], args[2]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: SearchPortal.Bench [full-]index CORPUS INDEX_DIR THREADS | [full-]query INDEX_DIR QUERIES HITS_TSV PASSES | stages CORPUS INDEX_DIR | suggest-bench INDEX_DIR QUERIES [PASSES]");
    return 2;
}

internal static class BenchJson
{
    public const string Engine = "searchportal";
    public const string FullEngine = "searchportal-full";
    public static string Version => $"SearchPortal (Lucene.Net 4.8.0-beta00017, FastSmartChineseAnalyzer), .NET {Environment.Version}";
    public static void Print(object line) => Console.WriteLine(JsonSerializer.Serialize(line));
}

internal static class BenchIndex
{
    /// <summary>Loads SmartCn's dictionaries before the clock starts, as the peers' init_s does for theirs.</summary>
    public static void WarmUp(IndexSchema schema)
    {
        using var warm = schema.SmartCn.GetTokenStream("body", "初始化分词词典");
        warm.Reset();
        while (warm.IncrementToken()) { }
        warm.End();
    }

    public static int Run(string corpus, string indexDir, int threads, string dataPath)
    {
        var init = Stopwatch.StartNew();
        var options = new SearchPortalOptions { DataPath = dataPath };
        var schema = IndexSchema.Load(dataPath);
        WarmUp(schema);
        var initSeconds = init.Elapsed.TotalSeconds;

        var indexer = CorpusIndexer.Create(options, schema: schema, threads: threads);
        var summary = indexer.Run(corpus, indexDir, full: true);
        var indexBytes = Directory.EnumerateFiles(indexDir).Sum(f => new FileInfo(f).Length);
        var stats = IndexStatsReader.Read(indexDir);
        foreach (var f in summary.Failures) Console.Error.WriteLine($"failed: {f.Id}: {f.Reason}");
        var docs = summary.Added + summary.Updated;
        BenchJson.Print(new Dictionary<string, object>
        {
            ["engine"] = BenchJson.FullEngine,
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
