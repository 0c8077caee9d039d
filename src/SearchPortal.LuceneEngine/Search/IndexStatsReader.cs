using System.Text.Json.Serialization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.LuceneEngine.Search;

public sealed class IndexStats
{
    [JsonPropertyName("index")] public string Index { get; init; } = "";
    [JsonPropertyName("exists")] public bool Exists { get; init; }
    [JsonPropertyName("documents")] public int Documents { get; init; }
    [JsonPropertyName("paragraphs")] public int Paragraphs { get; init; }
    [JsonPropertyName("segments")] public int Segments { get; init; }
    [JsonPropertyName("size_bytes")] public long SizeBytes { get; init; }
    [JsonPropertyName("last_commit")] public DateTimeOffset? LastCommit { get; init; }
    [JsonPropertyName("facets")] public Dictionary<string, Dictionary<string, int>> Facets { get; init; } = [];
}

/// <summary>Reads figures about the last commit for the CLI's <c>stats</c> and the site's health check.</summary>
public static class IndexStatsReader
{
    public static IndexStats Read(string indexPath, FacetCatalog? catalog = null)
    {
        var full = Path.GetFullPath(indexPath);
        if (!System.IO.Directory.Exists(full)) return new IndexStats { Index = full };
        using var directory = FSDirectory.Open(full);
        if (!DirectoryReader.IndexExists(directory)) return new IndexStats { Index = full };
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        int Count(string kind) => searcher.Search(new TermQuery(new Term(IndexSchema.Kind, kind)), 1).TotalHits;

        // Facet values live on document entries only, so counting over every entry counts documents.
        var counter = new FacetCollector((catalog ?? FacetCatalog.Default).Documents, FacetSelection.None, null);
        searcher.Search(new MatchAllDocsQuery(), counter);
        var facets = counter.RawCounts().ToDictionary(f => f.Key, f => f.Value
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value));

        var files = directory.ListAll();
        return new IndexStats
        {
            Index = full,
            Exists = true,
            Documents = Count(IndexSchema.KindDocument),
            Paragraphs = Count(IndexSchema.KindParagraph),
            Segments = reader.Leaves.Count,
            SizeBytes = files.Sum(f => new FileInfo(Path.Combine(full, f)).Length),
            LastCommit = LastCommitTime(reader),
            Facets = facets,
        };
    }

    /// <summary>When the reader's commit was written (its segments file's time); null when that cannot be read.</summary>
    public static DateTimeOffset? LastCommitTime(IndexReader reader)
    {
        try
        {
            if (reader is DirectoryReader { Directory: FSDirectory fs } dr)
                return new DateTimeOffset(File.GetLastWriteTimeUtc(Path.Combine(fs.Directory.FullName, dr.IndexCommit.SegmentsFileName)), TimeSpan.Zero);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        return null;
    }
}
