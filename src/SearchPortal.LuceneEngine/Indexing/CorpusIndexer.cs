using System.Collections.Concurrent;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SearchPortal.Core.Access;
using SearchPortal.Core.Configuration;
using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;

namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// Keeps the index in step with the corpus folder: adds new files, replaces changed ones (by content hash),
/// deletes removed ones; <c>full</c> rebuilds. Every change goes through IndexWriter commits, so a killed run
/// leaves the previous commit readable and the next run completes the work.
/// </summary>
public sealed class CorpusIndexer(IndexSchema schema, DocumentParser parser, ILogger? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly IndexDocumentBuilder _builder = new(schema);

    /// <summary>Worker threads for parsing and analysis (they feed one IndexWriter).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>An incremental run commits after this many changed documents, so a killed run loses little work.</summary>
    public int CommitEvery { get; init; } = 1000;

    /// <summary>Recomputes the quotation entries after a run that changed something (null: no quotation entries).</summary>
    public QuoteIndexUpdater? Quotes { get; init; }

    /// <summary>Recomputes regulation statuses from their lineages after every run (null: statuses as parsed).</summary>
    public EditionIndexUpdater? Editions { get; init; } = new();

    /// <summary>Resolves article citations after a run that changed something (null: no citation links).</summary>
    public CitationIndexUpdater? Citations { get; init; }
    /// <summary>The level of documents that neither access.txt nor their front matter place (SearchPortal:Access:DefaultLevel).</summary>
    public AccessLevel DefaultAccess { get; init; } = AccessLevel.Public;

    /// <summary>Larger files are reported and skipped, so one huge file cannot exhaust memory.</summary>
    public long MaxFileBytes { get; init; } = SearchPortalOptions.DefaultMaxFileMegabytes * 1024L * 1024L;

    /// <summary>The indexer every host uses (CLI, site start-up, benchmarks): schema, parser and quotations from the data folder.</summary>
    public static CorpusIndexer Create(SearchPortalOptions options, ILogger? logger = null, IndexSchema? schema = null, int? threads = null)
    {
        var dataPath = options.ResolvedDataPath;
        schema ??= IndexSchema.Load(dataPath);
        // The parser tags the keyword facets of the schema's catalogue: what the builder indexes.
        return new CorpusIndexer(schema, DocumentParser.CreateDefault(dataPath, schema.Facets), logger)
        {
            Quotes = QuoteIndexUpdater.Load(dataPath),
            Citations = CitationIndexUpdater.Load(dataPath),
            MaxFileBytes = options.MaxFileMegabytes * 1024L * 1024L,
            DefaultAccess = options.Access.ParsedDefaultLevel,
            Threads = threads ?? Environment.ProcessorCount,
        };
    }

    public IndexRunSummary Run(string corpusPath, string indexPath, bool full,
        IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var summary = new IndexRunSummary { Corpus = Path.GetFullPath(corpusPath), Index = Path.GetFullPath(indexPath), Full = full };
        var skipped = new List<(string Id, string Reason)>();
        // access.txt at the corpus root is the levels' rule file, not a document.
        var files = new CorpusScanner(parser.CanRead).Scan(corpusPath, skipped).ToList();
        foreach (var (id, reason) in skipped) summary.Failures.Add(new FailedFile(id, reason));
        var access = AccessRules.Load(corpusPath, DefaultAccess);
        foreach (var problem in access.Problems)
        {
            summary.Warnings.Add(new FailedFile(AccessRules.FileName, problem.ToString()));
            _logger.LogWarning("{Problem}", problem.ToString());
        }
        summary.Files = files.Count;

        using var indexerLock = IndexerLock.Acquire(indexPath);
        using var directory = FSDirectory.Open(indexPath);
        var exists = DirectoryReader.IndexExists(directory);
        if (!full && exists && !schema.IsCurrent(directory))
        {
            // Entries of an older format, or without a facet added since, cannot be mixed with new ones: rebuild (the
            // previous commit serves until then).
            _logger.LogInformation("The index at {Index} has an older format or other facets: rebuilding it", indexPath);
            full = summary.Full = true;
        }
        var stamp = full || !exists;
        using var writer = OpenWriter(directory, indexPath, full);
        // A current index keeps its stamp from commit to commit; setting it again would make a run that changed
        // nothing write a new commit (and the site drop its caches for it).
        if (stamp) writer.SetCommitData(schema.CommitStamp());
        var state = full ? IndexedState.Empty : IndexedState.Read(directory);
        var existing = state.Hashes;

        var done = 0;
        var changedSinceCommit = 0;
        var failures = new ConcurrentBag<FailedFile>();
        var commitLock = new object();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Threads), CancellationToken = cancellationToken }, file =>
        {
            try
            {
                var outcome = IndexFile(writer, file, access, existing, summary);
                if (outcome != null && !full && Interlocked.Increment(ref changedSinceCommit) % CommitEvery == 0)
                    lock (commitLock) writer.Commit();
            }
            catch (DocumentReadException ex)
            {
                failures.Add(new FailedFile(file.Id, ex.Reason));
                _logger.LogWarning("Skipped {Id}: {Reason}", file.Id, ex.Reason);
            }
            progress?.Report(new IndexProgress(Interlocked.Increment(ref done), files.Count, file.Id));
        });
        summary.Failures.AddRange(failures.OrderBy(f => f.Id, StringComparer.Ordinal));

        var present = files.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in existing.Keys.Where(id => !present.Contains(id)))
        {
            writer.DeleteDocuments(new Term(IndexSchema.Id, id));
            summary.Deleted++;
        }
        var restated = RestateEditions(writer, files, access, existing, summary);
        // A citation's target depends on other documents (an edition added, an article renumbered): all are resolved again.
        if (Citations != null && (full || restated > 0 || summary.Added + summary.Updated + summary.Deleted > 0))
            _logger.LogInformation("Citations: {Count} resolved", Citations.Rebuild(writer));
        if (Quotes != null && (full || summary.Added + summary.Updated + summary.Deleted > 0 || !state.HasQuoteEntries))
            _logger.LogInformation("Quotations: {Count} entries", Quotes.Rebuild(writer));
        writer.Commit();
        summary.Seconds = Math.Round(clock.Elapsed.TotalSeconds, 2);
        _logger.LogInformation("Indexed {Corpus}: {Added} added, {Updated} updated, {Deleted} deleted, {Unchanged} unchanged, {Failed} failed in {Seconds}s",
            summary.Corpus, summary.Added, summary.Updated, summary.Deleted, summary.Unchanged, summary.Failed, summary.Seconds);
        return summary;
    }

    /// <summary>
    /// Rewrites the documents whose status their lineage changed (every run: adding, changing or removing one edition
    /// changes the others). A run that changed no lineage finds nothing to rewrite and commits nothing new.
    /// </summary>
    private int RestateEditions(IndexWriter writer, IReadOnlyList<CorpusFile> files, AccessRules access, IReadOnlyDictionary<string, string> existing, IndexRunSummary summary)
    {
        if (Editions == null) return 0;
        var changes = Editions.Changes(writer);
        if (changes.Count == 0) return 0;
        var byId = files.ToDictionary(f => f.Id, StringComparer.Ordinal);
        foreach (var (id, status) in changes)
        {
            if (!byId.TryGetValue(id, out var file)) continue;
            try { IndexFile(writer, file, access, existing, summary, status); }
            catch (DocumentReadException ex) { _logger.LogWarning("Could not restate {Id}: {Reason}", id, ex.Reason); }
        }
        _logger.LogInformation("Editions: {Count} statuses changed", changes.Count);
        return changes.Count;
    }

    /// <summary>Returns "added"/"updated" when the index changed, null when the file was unchanged.</summary>
    /// <param name="status">Rewrite the document with this status, even when unchanged (its lineage changed).</param>
    private string? IndexFile(IndexWriter writer, CorpusFile file, AccessRules access, IReadOnlyDictionary<string, string> existing, IndexRunSummary summary, string? status = null)
    {
        if (file.Length > MaxFileBytes)
            throw new DocumentReadException($"文件过大 (file too large: {file.Length / 1048576.0:F1} MB > {MaxFileBytes / 1048576} MB; raise SearchPortal:MaxFileMegabytes to index it)");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(file.FullPath); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Covers a file that vanished between listing and reading.
            throw new DocumentReadException($"无法读取文件 ({ex.Message})", ex);
        }
        // The stamp compared by incremental runs is the bytes' hash plus the level access.txt gives the file: an edit of
        // access.txt that changes a document's level reindexes it (a front-matter access: change changes the bytes).
        var ruleLevel = access.LevelFor(file.Id);
        var hash = AccessStamp(DocumentParser.HashBytes(bytes), ruleLevel);
        var known = existing.TryGetValue(file.Id, out var oldHash);
        if (known && oldHash == hash && status == null)
        {
            lock (summary) summary.Unchanged++;
            return null;
        }
        var doc = parser.Parse(file, bytes, hash);
        if (status != null) doc.Metadata.Tags[IndexSchema.Status] = [status];
        doc.Metadata.Access ??= ruleLevel; // front matter wins over access.txt
        if (doc.Metadata.AccessProblem is { } problem && status == null)
            lock (summary) summary.Warnings.Add(new FailedFile(file.Id, problem));
        var entries = _builder.Build(doc);
        Citations?.AddFields(entries[0], doc);
        if (Quotes != null) entries = [.. entries, .. Quotes.OccurrenceEntries(doc)];
        // Replaces the document entry and all its paragraph entries atomically.
        writer.UpdateDocuments(new Term(IndexSchema.Id, file.Id), entries);
        if (status != null) return "restated"; // the same document, another status: not counted as a change
        lock (summary)
        {
            if (known) summary.Updated++; else summary.Added++;
            summary.Bytes += bytes.LongLength;
            summary.Paragraphs += doc.Paragraphs.Count;
        }
        return known ? "updated" : "added";
    }

    /// <summary>The file's hash alone for 公开 (what an index without access rules always stored), else hash|level.</summary>
    public static string AccessStamp(string hash, AccessLevel level) =>
        level.Equals(AccessLevel.Public) ? hash : $"{hash}|{level.Text}";

    private IndexWriter OpenWriter(Lucene.Net.Store.Directory directory, string indexPath, bool full)
    {
        var config = schema.WriterConfig(full ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND);
        try
        {
            return new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException ex)
        {
            throw new IndexLockedException(Path.GetFullPath(indexPath), ex);
        }
    }
}
