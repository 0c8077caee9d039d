using System.CommandLine;
using System.Text.Json;
using SearchPortal.Core.Configuration;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.Indexer.Backup;

/// <summary>
/// <c>backup DIR</c>: the index's latest commit (DIR/index) and every SQLite database under StatePath (DIR/state), plus
/// DIR/manifest.json saying what was copied, while the site runs and the indexer may write. Restoring is copying the
/// two folders back with the site stopped (README, "Backup and restore").
/// </summary>
public static class BackupCommand
{
    public const string ManifestFile = "manifest.json";

    public static Command Create(string[] args)
    {
        var dirArgument = new Argument<string>("DIR") { Description = "备份目录（须不存在或为空）(backup folder: new or empty)" };
        var indexOption = new Option<string?>("--index") { Description = "索引目录 (index folder); default SearchPortal:IndexPath" };
        var stateOption = new Option<string?>("--state") { Description = "数据库目录 (state folder); default SearchPortal:StatePath" };
        var command = new Command("backup", "备份：复制索引的最新提交和 StatePath 下的全部 SQLite 数据库（站点运行、索引更新时均可）(consistent backup of index and databases)")
            { dirArgument, indexOption, stateOption };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parse =>
        {
            var options = IndexerConfiguration.Load(args, null, parse.GetValue(indexOption));
            if (parse.GetValue(stateOption) is { Length: > 0 } state) options.StatePath = state;
            return Run(options, parse.GetValue(dirArgument)!);
        });
        return command;
    }

    public static int Run(SearchPortalOptions options, string dir)
    {
        var target = Path.GetFullPath(dir);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            Console.Error.WriteLine($"错误 (error): 备份目录不为空 (backup folder is not empty): {target}");
            return 1;
        }
        if (!Directory.Exists(options.ResolvedIndexPath) || !Directory.EnumerateFiles(options.ResolvedIndexPath, "segments_*").Any())
        {
            Console.Error.WriteLine($"错误 (error): 没有索引 (no index at {options.ResolvedIndexPath})");
            return 1;
        }
        var started = DateTime.UtcNow;
        var index = IndexBackup.Copy(options.ResolvedIndexPath, Path.Combine(target, "index"));
        var databases = StateBackup.Copy(options.ResolvedStatePath, Path.Combine(target, "state"));
        var manifest = new
        {
            created_utc = started,
            index = new
            {
                source = options.ResolvedIndexPath,
                generation = index.Generation,
                segments_file = index.SegmentsFile,
                files = index.Files,
                bytes = index.Bytes,
                commit_data = index.CommitData,
            },
            state = new { source = options.ResolvedStatePath, databases = databases.Select(d => new { file = d.File, bytes = d.Bytes }) },
            restore = "停止站点；把 index/ 复制到 SearchPortal:IndexPath、state/ 复制到 SearchPortal:StatePath（先清空目标目录）；启动站点",
        };
        File.WriteAllText(Path.Combine(target, ManifestFile), JsonSerializer.Serialize(manifest, new JsonSerializerOptions(JsonOutput.Options) { WriteIndented = true }));
        Console.WriteLine($"备份 {target}: 索引提交 {index.SegmentsFile}（{index.Files} 个文件，{index.Bytes / 1e6:F1} MB），" +
                          $"数据库 {databases.Count} 个；{(DateTime.UtcNow - started).TotalSeconds:F1} s");
        return 0;
    }
}
