using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPortal.Core.Documents;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.Core.Tests.Indexing;

public sealed class CorpusIndexerTests : IDisposable
{
    private readonly string _corpus = TestPaths.NewTempDir("sp-corpus");
    private readonly string _index = TestPaths.NewTempDir("sp-index");
    private readonly IndexSchema _schema = IndexSchema.Load(TestPaths.Data);

    private CorpusIndexer NewIndexer() => new(_schema, DocumentParser.CreateDefault(TestPaths.Data));

    public void Dispose()
    {
        foreach (var dir in new[] { _corpus, _index })
            try { System.IO.Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private long CommitGeneration()
    {
        using var dir = FSDirectory.Open(_index);
        return DirectoryReader.ListCommits(dir).Last().Generation;
    }

    private void Write(string id, string text)
    {
        var path = Path.Combine(_corpus, id);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void An_index_of_an_older_format_is_rebuilt_by_the_next_incremental_run()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_corpus, "seed.txt"));
        Write("a/one.txt", "关于加强作风建设的讲话\n同志们：今天我们研究招商引资问题。");
        NewIndexer().Run(_corpus, _index, full: false);
        using (var dir = FSDirectory.Open(_index))
        {
            Assert.True(IndexSchema.IsCurrentFormat(dir));
            // What an index written before the format stamp looks like: a commit without it.
            using (var writer = new IndexWriter(dir, _schema.WriterConfig()))
            {
                writer.SetCommitData(new Dictionary<string, string>());
                writer.Commit();
            }
            Assert.False(IndexSchema.IsCurrentFormat(dir));
        }

        var run = NewIndexer().Run(_corpus, _index, full: false);
        Assert.True(run.Full);
        Assert.Equal((2, 0, 0), (run.Added, run.Updated, run.Unchanged));
        Assert.Equal(2, CountKind(IndexSchema.KindDocument));
        Assert.Equal(1, CountMatches("招商引资", IndexSchema.KindParagraph));
        using (var dir = FSDirectory.Open(_index)) Assert.True(IndexSchema.IsCurrentFormat(dir));
    }

    [Fact]
    public void Incremental_run_adds_updates_deletes_and_leaves_unchanged_files_alone()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_corpus, "seed.txt"));
        Write("a/one.txt", "关于加强作风建设的讲话\n同志们：今天我们研究招商引资问题。");
        Write("a/two.txt", "学习心得\n坚持全面从严治党，永远在路上。");

        var first = NewIndexer().Run(_corpus, _index, full: false);
        Assert.Equal((3, 0, 0, 0, 0), (first.Added, first.Updated, first.Deleted, first.Unchanged, first.Failed));
        Assert.Equal(1, CountMatches("招商引资"));

        var segmentsBefore = SegmentFiles();
        var generationBefore = CommitGeneration();
        var again = NewIndexer().Run(_corpus, _index, full: false);
        Assert.Equal((0, 0, 0, 3), (again.Added, again.Updated, again.Deleted, again.Unchanged));
        // Nothing changed, so nothing was rewritten: the same segment files are live and no new commit was made
        // (a new commit would make the site reopen the index and drop its caches for nothing).
        Assert.Equal(segmentsBefore, SegmentFiles());
        Assert.Equal(generationBefore, CommitGeneration());

        Write("a/one.txt", "关于加强作风建设的讲话\n同志们：今天我们研究乡村振兴问题。");
        File.Delete(Path.Combine(_corpus, "a/two.txt"));
        Write("b/three.txt", "巡视整改情况的通报\n针对巡视反馈的问题，逐项整改。");
        var third = NewIndexer().Run(_corpus, _index, full: false);
        Assert.Equal((1, 1, 1, 1), (third.Added, third.Updated, third.Deleted, third.Unchanged));

        Assert.Equal(0, CountMatches("招商引资"));
        Assert.Equal(1, CountMatches("乡村振兴"));
        Assert.Equal(0, CountMatches("永远在路上"));
        Assert.Equal(1, CountMatches("逐项整改"));
        Assert.Equal(3, CountKind(IndexSchema.KindDocument));
        // Paragraph entries of the deleted and replaced versions are gone too.
        Assert.Equal(0, CountMatches("永远在路上", IndexSchema.KindParagraph));
        Assert.Equal(1, CountMatches("乡村振兴", IndexSchema.KindParagraph));
    }

    [Fact]
    public void Unreadable_files_are_reported_and_the_rest_is_indexed()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_corpus, "seed.txt"));
        Write("empty.txt", "");
        File.WriteAllBytes(Path.Combine(_corpus, "binary.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00]);
        File.WriteAllBytes(Path.Combine(_corpus, "broken.docx"), "PK\u0003\u0004 not really a zip"u8.ToArray());

        var summary = NewIndexer().Run(_corpus, _index, full: false);

        Assert.Equal(1, summary.Added);
        Assert.Equal(2, summary.ExitCode);
        var failed = summary.Failures.Select(f => f.Id).ToHashSet();
        Assert.Contains("empty.txt", failed);
        Assert.Contains("binary.txt", failed);
        Assert.All(summary.Failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
        Assert.Equal(1, CountMatches("政治生态"));
    }

    [Fact]
    public void Full_rebuild_replaces_everything_and_keeps_counts()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_corpus, "seed.txt"));
        Write("x.txt", "标题\n正文内容包含一岗双责。");
        NewIndexer().Run(_corpus, _index, full: false);
        var full = NewIndexer().Run(_corpus, _index, full: true);
        Assert.Equal(2, full.Added);
        Assert.Equal(2, CountKind(IndexSchema.KindDocument));
        Assert.Equal(2, CountMatches("一岗双责"));
    }

    [Fact]
    public void A_second_writer_on_the_same_index_is_refused_as_locked()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_corpus, "seed.txt"));
        using var dir = FSDirectory.Open(_index);
        using var holder = new IndexWriter(dir, _schema.WriterConfig());
        var ex = Assert.Throws<IndexLockedException>(() => NewIndexer().Run(_corpus, _index, full: false));
        Assert.Contains("index is locked by another indexer", ex.Message);
    }

    [Fact]
    public void Unchanged_run_reads_hashes_from_doc_values_not_stored_fields()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_corpus, "seed.txt"));
        Write("a/one.txt", "关于加强作风建设的讲话\n同志们：今天我们研究招商引资问题。");
        NewIndexer().Run(_corpus, _index, full: false);

        using var dir = FSDirectory.Open(_index);
        var state = IndexedState.Read(dir);
        Assert.Equal(2, state.Hashes.Count);
        Assert.Equal(0, state.StoredFieldReads);
        var seedHash = DocumentParser.HashBytes(File.ReadAllBytes(TestPaths.Seed));
        Assert.Equal(seedHash, state.Hashes["seed.txt"]);
    }

    [Fact]
    public void An_index_written_before_the_hash_doc_values_still_runs_incrementally()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_corpus, "seed.txt"));
        Write("a/one.txt", "关于加强作风建设的讲话\n同志们：今天我们研究招商引资问题。");
        Write("a/two.txt", "学习心得\n坚持全面从严治党，永远在路上。");
        WriteOldStyleIndex();

        using (var dir = FSDirectory.Open(_index))
        {
            var old = IndexedState.Read(dir);
            Assert.Equal(3, old.Hashes.Count);
            Assert.Equal(3, old.StoredFieldReads); // no doc values: every hash came from the stored fields
        }

        var unchanged = NewIndexer().Run(_corpus, _index, full: false);
        Assert.Equal((0, 0, 0, 3), (unchanged.Added, unchanged.Updated, unchanged.Deleted, unchanged.Unchanged));

        Write("a/one.txt", "关于加强作风建设的讲话\n同志们：今天我们研究乡村振兴问题。");
        var changed = NewIndexer().Run(_corpus, _index, full: false);
        Assert.Equal((0, 1, 0, 2), (changed.Added, changed.Updated, changed.Deleted, changed.Unchanged));
        Assert.Equal(0, CountMatches("招商引资"));
        Assert.Equal(1, CountMatches("乡村振兴"));

        using (var dir = FSDirectory.Open(_index))
        {
            var mixed = IndexedState.Read(dir);
            Assert.Equal(3, mixed.Hashes.Count);
            Assert.Equal(2, mixed.StoredFieldReads); // the rewritten document carries doc values, the old two do not
        }
        var again = NewIndexer().Run(_corpus, _index, full: false);
        Assert.Equal((0, 0, 0, 3), (again.Added, again.Updated, again.Deleted, again.Unchanged));
    }

    /// <summary>Writes the corpus the way indexes of the same format version were written before id/hash had doc values.</summary>
    private void WriteOldStyleIndex()
    {
        var parser = DocumentParser.CreateDefault(TestPaths.Data);
        var builder = new IndexDocumentBuilder(_schema);
        using var dir = FSDirectory.Open(_index);
        using var writer = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.Version, _schema.Analyzer));
        writer.SetCommitData(new Dictionary<string, string> { [IndexSchema.FormatKey] = IndexSchema.FormatVersion });
        foreach (var path in System.IO.Directory.GetFiles(_corpus, "*.txt", SearchOption.AllDirectories))
        {
            var id = Path.GetRelativePath(_corpus, path).Replace('\\', '/');
            var file = new SearchPortal.Core.Corpus.CorpusFile(id, path, new FileInfo(path).Length, File.GetLastWriteTimeUtc(path));
            var entries = builder.Build(parser.Parse(file));
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                entry.RemoveFields(IndexSchema.Id);
                entry.RemoveFields(IndexSchema.Hash);
                entry.Add(new Lucene.Net.Documents.StringField(IndexSchema.Id, id, Lucene.Net.Documents.Field.Store.YES));
                if (i == 0) // the document entry comes first
                    entry.Add(new Lucene.Net.Documents.StoredField(IndexSchema.Hash, DocumentParser.HashBytes(File.ReadAllBytes(path))));
                writer.AddDocument(entry);
            }
        }
        writer.Commit();
    }

    private string[] SegmentFiles()
    {
        using var dir = FSDirectory.Open(_index);
        using var reader = DirectoryReader.Open(dir);
        return reader.Leaves.Select(l => ((SegmentReader)l.AtomicReader).SegmentName).OrderBy(n => n).ToArray();
    }

    private int CountKind(string kind) => IndexProbe.CountKind(_index, kind);

    private int CountMatches(string text, string kind = IndexSchema.KindDocument) => IndexProbe.Count(_index, text, kind);
}
