using System.Text.Json.Serialization;

namespace SearchPortal.Contracts;

/// <summary>Progress of an index run, reported once per file.</summary>
public readonly record struct IndexProgress(int Done, int Total, string CurrentId);

public sealed record FailedFile(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("reason")] string Reason);

/// <summary>What an index run did. Exit code 0 when nothing failed, 2 when some files failed (the rest committed).</summary>
public sealed class IndexRunSummary
{
    [JsonPropertyName("corpus")] public string Corpus { get; init; } = "";
    [JsonPropertyName("index")] public string Index { get; init; } = "";
    [JsonPropertyName("full")] public bool Full { get; set; }
    [JsonPropertyName("files")] public int Files { get; set; }
    [JsonPropertyName("added")] public int Added { get; set; }
    [JsonPropertyName("updated")] public int Updated { get; set; }
    [JsonPropertyName("deleted")] public int Deleted { get; set; }
    [JsonPropertyName("unchanged")] public int Unchanged { get; set; }
    [JsonPropertyName("failed")] public int Failed => Failures.Count;
    [JsonPropertyName("bytes")] public long Bytes { get; set; }
    [JsonPropertyName("paragraphs")] public int Paragraphs { get; set; }
    [JsonPropertyName("seconds")] public double Seconds { get; set; }
    [JsonPropertyName("files_per_s")] public double FilesPerSecond => Seconds > 0 ? Math.Round((Added + Updated) / Seconds, 1) : 0;
    [JsonPropertyName("mb_per_s")] public double MegabytesPerSecond => Seconds > 0 ? Math.Round(Bytes / 1e6 / Seconds, 2) : 0;
    [JsonPropertyName("failures")] public List<FailedFile> Failures { get; } = [];
    /// <summary>Indexed, but not as written: a bad access.txt line (id access.txt) or a document's bad access: value.</summary>
    [JsonPropertyName("warnings")] public List<FailedFile> Warnings { get; } = [];
    [JsonPropertyName("exit_code")] public int ExitCode => Failures.Count == 0 ? 0 : 2;
}

/// <summary>Another indexer holds the index's write lock.</summary>
public sealed class IndexLockedException(string path, Exception inner)
    : Exception($"index is locked by another indexer: {path}", inner);
