using SearchPortal.LuceneEngine.Search;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.Indexer.Tests;

[Trait(TestCategory.Name, TestCategory.Process)]
public sealed class IndexCommandTests : IDisposable
{
    private readonly string _corpus = TestPaths.NewTempDir("sp-cli-corpus");
    private readonly string _index = TestPaths.NewTempDir("sp-cli-index");

    public void Dispose()
    {
        foreach (var dir in new[] { _corpus, _index })
            try { System.IO.Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void Json_summary_reports_counts_failures_and_exit_code_2()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_corpus, "seed.txt"));
        File.WriteAllText(Path.Combine(_corpus, "empty.txt"), "");

        var (code, stdout, _) = IndexerProcess.Run("index", "--corpus", _corpus, "--index", _index, "--json");

        Assert.Equal(2, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(1, json.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("failed").GetInt32());
        Assert.Equal("empty.txt", json.RootElement.GetProperty("failures")[0].GetProperty("id").GetString());

        var (statsCode, statsOut, _) = IndexerProcess.Run("stats", "--index", _index, "--json");
        Assert.Equal(0, statsCode);
        using var stats = JsonDocument.Parse(statsOut);
        Assert.Equal(1, stats.RootElement.GetProperty("documents").GetInt32());
        Assert.True(stats.RootElement.GetProperty("paragraphs").GetInt32() > 10);
    }

    [Fact]
    public void Plain_output_lists_failed_files_with_reasons()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_corpus, "seed.txt"));
        File.WriteAllText(Path.Combine(_corpus, "empty.txt"), "");
        var (code, stdout, _) = IndexerProcess.Run("index", "--corpus", _corpus, "--index", _index);
        Assert.Equal(2, code);
        Assert.Contains("added 1", stdout);
        Assert.Contains("empty.txt:", stdout);
    }

    [Fact]
    public void Configuration_switch_sets_the_index_path()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_corpus, "seed.txt"));
        var (code, _, _) = IndexerProcess.Run("index", "--corpus", _corpus, $"--SearchPortal:IndexPath={_index}");
        Assert.Equal(0, code);
        Assert.Equal(1, IndexStatsReader.Read(_index).Documents);
    }

    [Fact]
    public void Second_indexer_exits_1_while_the_first_holds_the_lock()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_corpus, "seed.txt"));
        // A real second indexer process, held mid-run by a large corpus, is the lock holder.
        var seedText = File.ReadAllText(TestPaths.Seed);
        for (var i = 0; i < 400; i++)
            File.WriteAllText(Path.Combine(_corpus, $"copy-{i:D3}.txt"), $"第{i}号讲话稿\n{seedText}\n编号{i}");
        using (var first = new IndexerProcess("index", "--corpus", _corpus, "--index", _index, "--threads", "1"))
        {
            var started = new ManualResetEventSlim();
            first.Line += line => { if (line.StartsWith('[')) started.Set(); };
            Assert.True(started.Wait(TimeSpan.FromSeconds(60)), "first indexer never reported progress");
            var (code, stdout, stderr) = IndexerProcess.Run("index", "--corpus", _corpus, "--index", _index);
            Assert.Equal(1, code);
            Assert.Contains("index is locked by another indexer", stdout + stderr);
            Assert.Equal(0, first.WaitForExit(TimeSpan.FromMinutes(5)));
        }
        // Nothing damaged: once the lock is released the next run succeeds.
        Assert.Equal(0, IndexerProcess.Run("index", "--corpus", _corpus, "--index", _index).ExitCode);
    }

    [Fact]
    public void Killing_the_indexer_mid_run_leaves_the_previous_commit_searchable_and_the_next_run_completes()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_corpus, "seed.txt"));
        Assert.Equal(0, IndexerProcess.Run("index", "--corpus", _corpus, "--index", _index).ExitCode);

        // Enough documents that the rebuild is still running when it is killed.
        var seedText = File.ReadAllText(TestPaths.Seed);
        for (var i = 0; i < 400; i++)
            File.WriteAllText(Path.Combine(_corpus, $"copy-{i:D3}.txt"), $"第{i}号讲话稿\n{seedText}\n编号{i}");

        using (var run = new IndexerProcess("index", "--corpus", _corpus, "--index", _index, "--full", "--threads", "1"))
        {
            var started = new ManualResetEventSlim();
            run.Line += line => { if (line.StartsWith('[')) started.Set(); };
            Assert.True(started.Wait(TimeSpan.FromSeconds(60)), "indexer never reported progress: " + run.Stdout + run.Stderr);
            Thread.Sleep(300);
            run.Kill();
            Assert.DoesNotContain("added 401", run.Stdout);
        }

        using (var dir = FSDirectory.Open(_index))
        using (var reader = DirectoryReader.Open(dir))
        {
            var searcher = new IndexSearcher(reader);
            Assert.Equal(1, searcher.Search(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindDocument)), 1).TotalHits);
            var phrase = new PhraseQuery { new Term(IndexSchema.BodyBigram, "政治"), new Term(IndexSchema.BodyBigram, "治生"), new Term(IndexSchema.BodyBigram, "生态") };
            Assert.True(searcher.Search(phrase, 1).TotalHits > 0);
        }

        var (code, _, _) = IndexerProcess.Run("index", "--corpus", _corpus, "--index", _index);
        Assert.Equal(0, code);
        Assert.Equal(401, IndexStatsReader.Read(_index).Documents);
    }
}
