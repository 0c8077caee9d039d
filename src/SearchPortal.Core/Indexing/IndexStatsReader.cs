using System.Text.Json.Serialization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace SearchPortal.Core.Indexing;

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
    public static IndexStats Read(string indexPath)
    {
        var full = Path.GetFullPath(indexPath);
        if (!System.IO.Directory.Exists(full)) return new IndexStats { Index = full };
        using var directory = FSDirectory.Open(full);
        if (!DirectoryReader.IndexExists(directory)) return new IndexStats { Index = full };
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        int Count(string kind) => searcher.Search(new TermQuery(new Term(IndexSchema.Kind, kind)), 1).TotalHits;

        var facets = new Dictionary<string, Dictionary<string, int>>();
        foreach (var field in IndexSchema.FacetFields)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var leaf in reader.Leaves)
            {
                var values = leaf.AtomicReader.GetSortedSetDocValues(field);
                if (values == null) continue;
                var live = leaf.AtomicReader.LiveDocs;
                var perOrd = new int[values.ValueCount];
                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    if (live != null && !live.Get(doc)) continue;
                    values.SetDocument(doc);
                    long ord;
                    while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) perOrd[ord]++;
                }
                var term = new Lucene.Net.Util.BytesRef();
                for (var ord = 0; ord < perOrd.Length; ord++)
                {
                    if (perOrd[ord] == 0) continue;
                    values.LookupOrd(ord, term);
                    var key = term.Utf8ToString();
                    counts[key] = counts.GetValueOrDefault(key) + perOrd[ord];
                }
            }
            facets[field] = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .ToDictionary(kv => kv.Key, kv => kv.Value);
        }

        var files = directory.ListAll();
        var segmentsFile = files.Where(f => f.StartsWith("segments_", StringComparison.Ordinal)).OrderByDescending(f => f).FirstOrDefault();
        return new IndexStats
        {
            Index = full,
            Exists = true,
            Documents = Count(IndexSchema.KindDocument),
            Paragraphs = Count(IndexSchema.KindParagraph),
            Segments = reader.Leaves.Count,
            SizeBytes = files.Sum(f => new FileInfo(Path.Combine(full, f)).Length),
            LastCommit = segmentsFile == null ? null : new DateTimeOffset(File.GetLastWriteTimeUtc(Path.Combine(full, segmentsFile)), TimeSpan.Zero),
            Facets = facets,
        };
    }
}
