using SearchPortal.LuceneEngine.Search;
using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using SearchPortal.Core.Documents;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.Indexer;
using Spectre.Console;

var corpusOption = new Option<string?>("--corpus") { Description = "语料目录 (corpus folder); default SearchPortal:CorpusPath or corpus/" };
var indexOption = new Option<string?>("--index") { Description = "索引目录 (index folder); default SearchPortal:IndexPath or index/" };
var fullOption = new Option<bool>("--full") { Description = "完全重建索引 (rebuild from scratch instead of an incremental update)" };
var jsonOption = new Option<bool>("--json") { Description = "输出一个 JSON 对象 (print one JSON object, for scripts and monitoring)" };
var threadsOption = new Option<int?>("--threads") { Description = "解析/分词线程数 (worker threads; default: number of cores)" };

var indexCommand = new Command("index",
    "增量索引：新增、更新（按内容哈希）、删除已移除的文件 (incremental index by content hash; --full rebuilds). " +
    "Exit codes: 0 all indexed, 2 some files failed (the rest committed), 1 fatal (e.g. index locked).")
    { corpusOption, indexOption, fullOption, jsonOption, threadsOption };
indexCommand.TreatUnmatchedTokensAsErrors = false;
indexCommand.SetAction(parse => RunIndex(
    parse.GetValue(corpusOption), parse.GetValue(indexOption), parse.GetValue(fullOption), parse.GetValue(jsonOption), parse.GetValue(threadsOption)));

var statsCommand = new Command("stats", "索引统计：文档数、段落数、分面值计数、索引大小、最后提交时间 (index statistics)")
    { indexOption, jsonOption };
statsCommand.TreatUnmatchedTokensAsErrors = false;
statsCommand.SetAction(parse => RunStats(parse.GetValue(indexOption), parse.GetValue(jsonOption)));

var fileOption = new Option<string>("--file") { Description = "稿件文本文件 (the draft, UTF-8 text)", Required = true };
var repeatOption = new Option<int>("--repeat") { Description = "计时次数 (timed runs after one warm-up; default 20)", DefaultValueFactory = _ => 20 };
var thresholdOption = new Option<double?>("--threshold") { Description = "相似度阈值 (similarity threshold; default the site's)" };
var echoesOption = new Option<string?>("--echoes") { Description = "另见：列出该文档中也出现在其他文档的段落 (after the check, the paragraphs of this document id found in others, with the time)" };
var reuseCommand = new Command("check-reuse", "查重基准：对索引检查一篇稿件，输出重复的句子和耗时 (reuse check of a draft, with latency)")
    { indexOption, fileOption, repeatOption, thresholdOption, jsonOption, echoesOption };
reuseCommand.TreatUnmatchedTokensAsErrors = false;
reuseCommand.SetAction(parse => ReuseBenchmark.Run(IndexerConfiguration.Load(args, null, parse.GetValue(indexOption)),
    parse.GetValue(fileOption)!, parse.GetValue(repeatOption), parse.GetValue(thresholdOption), parse.GetValue(jsonOption),
    parse.GetValue(echoesOption)));

var root = new RootCommand("SearchPortal 索引工具 (reindex the corpus, show index statistics, check a draft for reuse)")
    { indexCommand, statsCommand, reuseCommand };
return root.Parse(IndexerConfiguration.CommandArguments(args)).Invoke();

int RunIndex(string? corpus, string? index, bool full, bool json, int? threads)
{
    var options = IndexerConfiguration.Load(args, corpus, index);
    var indexer = CorpusIndexer.Create(options, threads: threads);
    IndexRunSummary summary;
    try
    {
        Func<IProgress<IndexProgress>?, IndexRunSummary> work = progress =>
            indexer.Run(options.ResolvedCorpusPath, options.ResolvedIndexPath, full, progress);
        summary = json ? work(null)
            : Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive
                ? work(new PlainProgress(Console.Out))
                : TerminalProgress.Run(p => work(p));
    }
    catch (Exception ex) when (ex is IndexLockedException or DirectoryNotFoundException or IOException or UnauthorizedAccessException)
    {
        if (json) Console.WriteLine(JsonSerializer.Serialize(new { error = ex.Message, exit_code = 1 }, JsonOutput.Options));
        else Console.Error.WriteLine($"错误 (error): {ex.Message}");
        return 1;
    }
    if (json)
    {
        Console.WriteLine(JsonSerializer.Serialize(summary, JsonOutput.Options));
        return summary.ExitCode;
    }
    Console.WriteLine($"语料 {summary.Corpus} → 索引 {summary.Index}{(full ? " (完全重建)" : "")}");
    Console.WriteLine($"新增 added {summary.Added}, 更新 updated {summary.Updated}, 删除 deleted {summary.Deleted}, " +
                      $"未变 unchanged {summary.Unchanged}, 失败 failed {summary.Failed}; " +
                      $"{summary.Seconds:F2} s, {summary.FilesPerSecond} files/s, {summary.MegabytesPerSecond} MB/s");
    if (summary.Failures.Count > 0)
    {
        Console.WriteLine("未能索引的文件 (files that could not be indexed):");
        foreach (var f in summary.Failures) Console.WriteLine($"  {f.Id}: {f.Reason}");
    }
    if (summary.Warnings.Count > 0)
    {
        Console.WriteLine("访问级别设置有误，已按说明处理 (access levels not taken as written; every document was indexed):");
        foreach (var w in summary.Warnings) Console.WriteLine($"  {w.Id}: {w.Reason}");
    }
    return summary.ExitCode;
}

int RunStats(string? index, bool json)
{
    var options = IndexerConfiguration.Load(args, null, index);
    var stats = IndexStatsReader.Read(options.ResolvedIndexPath);
    if (json)
    {
        Console.WriteLine(JsonSerializer.Serialize(stats, JsonOutput.Options));
        return stats.Exists ? 0 : 1;
    }
    if (!stats.Exists)
    {
        Console.Error.WriteLine($"没有索引 (no index at {stats.Index}); run: SearchPortal.Indexer index");
        return 1;
    }
    Console.WriteLine($"索引 {stats.Index}");
    Console.WriteLine($"文档 documents {stats.Documents}, 段落 paragraphs {stats.Paragraphs}, 段 segments {stats.Segments}, " +
                      $"大小 {stats.SizeBytes / 1e6:F1} MB, 最后提交 last commit {stats.LastCommit:yyyy-MM-dd HH:mm:ss} UTC");
    foreach (var (field, counts) in stats.Facets)
        Console.WriteLine($"  {field}: " + string.Join(", ", counts.Take(20).Select(kv => $"{kv.Key} {kv.Value}")) + (counts.Count > 20 ? $" … ({counts.Count} values)" : ""));
    return 0;
}

internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
