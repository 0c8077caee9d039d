using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Core.Documents;
using SearchPortal.Core.Quotes;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.LuceneEngine.Search;
using SearchPortal.Core.Tests.Search;

namespace SearchPortal.Core.Tests.Indexing;

/// <summary>
/// IndexBackup copies one whole commit while an index run commits again and again (and deletes the commits it
/// supersedes): every copy opens as an index, and the search engine finds the seed speech in it.
/// </summary>
public sealed class IndexBackupTests : IDisposable
{
    private readonly string _corpus = TestPaths.NewTempDir("sp-backup-corpus");
    private readonly string _index = TestPaths.NewTempDir("sp-backup-index");
    private readonly string _backups = TestPaths.NewTempDir("sp-backups");
    private readonly IndexSchema _schema = IndexSchema.Load(TestPaths.Data);

    public void Dispose()
    {
        foreach (var dir in new[] { _corpus, _index, _backups })
            try { System.IO.Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void A_backup_taken_while_the_indexer_commits_is_a_whole_commit_that_can_be_searched()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_corpus, "seed.txt"));
        var indexer = new CorpusIndexer(_schema, DocumentParser.CreateDefault(TestPaths.Data)) { CommitEvery = 2, Threads = 1 };
        indexer.Run(_corpus, _index, full: false);
        var opening = string.Join("\n", File.ReadLines(TestPaths.Seed).Take(12));
        for (var i = 0; i < 40; i++)
            File.WriteAllText(Path.Combine(_corpus, $"copy-{i:D3}.txt"), $"第{i}号讲话稿\n{opening}\n编号{i}");

        // The run commits every 2 documents (20 commits, each deleting the one before); back up as fast as we can meanwhile.
        var run = Task.Run(() => indexer.Run(_corpus, _index, full: false));
        var copies = new List<(string Dir, IndexBackupResult Result)>();
        while (!run.IsCompleted || copies.Count == 0)
        {
            var dir = Path.Combine(_backups, copies.Count.ToString());
            copies.Add((dir, IndexBackup.Copy(_index, dir)));
        }
        Assert.Equal(40, run.Result.Added);
        long finalGeneration;
        using (var live = FSDirectory.Open(_index)) finalGeneration = DirectoryReader.ListCommits(live).Last().Generation;
        // Some copies were taken mid-run, of commits the indexer has deleted since.
        Assert.Contains(copies, c => c.Result.Generation < finalGeneration);
        foreach (var (dir, result) in copies)
        {
            using var directory = FSDirectory.Open(dir);
            using var reader = DirectoryReader.Open(directory);   // throws on a missing or partial file
            Assert.Equal(result.Generation, reader.IndexCommit.Generation);
            Assert.True(IndexSchema.IsCurrentFormat(directory));
        }

        // The last copy, opened by the search engine the site uses.
        using var provider = new IndexSearcherProvider(copies[^1].Dir, _schema);
        var engine = new SearchEngine(provider, SearchRules.Load(TestPaths.Data), QuoteRules.Load(TestPaths.Data));
        var hits = engine.Documents.Search(new SearchRequestBuilder { Query = "第7号讲话稿" }.Build());
        Assert.Contains(hits.Hits, h => h.Id == "copy-007.txt");
    }
}
