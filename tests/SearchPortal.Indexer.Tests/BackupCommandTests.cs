using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.Indexer.Tests;

/// <summary>
/// <c>backup DIR</c> as an admin runs it: a real CLI process while another indexer process rebuilds the index and a
/// connection holds a SQLite database open in WAL mode with uncheckpointed writes (as the site does).
/// </summary>
[Trait(TestCategory.Name, TestCategory.Process)]
public sealed class BackupCommandTests : IDisposable
{
    private readonly string _root = TestPaths.NewTempDir("sp-cli-backup");
    private string Corpus => Path.Combine(_root, "corpus");
    private string Index => Path.Combine(_root, "index");
    private string State => Path.Combine(_root, "state");
    private string Backup => Path.Combine(_root, "backup");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void A_backup_taken_during_a_rebuild_holds_a_searchable_commit_and_the_databases()
    {
        System.IO.Directory.CreateDirectory(Corpus);
        File.Copy(TestPaths.Seed, Path.Combine(Corpus, "seed.txt"));
        Assert.Equal(0, IndexerProcess.Run("index", "--corpus", Corpus, "--index", Index).ExitCode);
        var seedText = File.ReadAllText(TestPaths.Seed);
        for (var i = 0; i < 200; i++)
            File.WriteAllText(Path.Combine(Corpus, $"copy-{i:D3}.txt"), $"第{i}号讲话稿\n{seedText}\n编号{i}");

        // The site's database, open, in WAL mode, its last write not yet checkpointed into the main file.
        System.IO.Directory.CreateDirectory(Path.Combine(State, "audit"));
        using var site = new SqliteConnection($"Data Source={Path.Combine(State, "audit", "audit.db")};Pooling=False");
        site.Open();
        Execute(site, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE audit(id INTEGER PRIMARY KEY, action TEXT);");
        Execute(site, "INSERT INTO audit(action) VALUES ('检索：党风廉政建设')");
        File.WriteAllText(Path.Combine(State, "notes.txt"), "not a database");

        using (var rebuild = new IndexerProcess("index", "--corpus", Corpus, "--index", Index, "--full", "--threads", "1"))
        {
            var started = new ManualResetEventSlim();
            rebuild.Line += line => { if (line.StartsWith('[')) started.Set(); };
            Assert.True(started.Wait(TimeSpan.FromSeconds(60)), "the rebuild never reported progress");
            var (code, stdout, stderr) = IndexerProcess.Run("backup", Backup, "--index", Index, "--state", State);
            Assert.True(code == 0, stdout + stderr);
            Assert.True(rebuild.WaitForExit(TimeSpan.FromMinutes(5)) == 0);
        }

        // The copy is the commit that was current: the seed alone, searchable.
        using (var dir = FSDirectory.Open(Path.Combine(Backup, "index")))
        using (var reader = DirectoryReader.Open(dir))
        {
            var searcher = new IndexSearcher(reader);
            Assert.Equal(1, searcher.Search(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindDocument)), 1).TotalHits);
            var phrase = new PhraseQuery { new Term(IndexSchema.BodyBigram, "政治"), new Term(IndexSchema.BodyBigram, "治生"), new Term(IndexSchema.BodyBigram, "生态") };
            Assert.True(searcher.Search(phrase, 1).TotalHits > 0);
            Assert.True(IndexSchema.IsCurrentFormat(dir));
        }
        // The database copy has the write that was still only in the WAL; other files are not databases.
        using (var copy = new SqliteConnection($"Data Source={Path.Combine(Backup, "state", "audit", "audit.db")};Mode=ReadOnly;Pooling=False"))
        {
            copy.Open();
            using var query = copy.CreateCommand();
            query.CommandText = "SELECT action FROM audit";
            Assert.Equal("检索：党风廉政建设", query.ExecuteScalar());
        }
        Assert.False(File.Exists(Path.Combine(Backup, "state", "notes.txt")));

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Backup, "manifest.json")));
        var index = manifest.RootElement.GetProperty("index");
        Assert.True(File.Exists(Path.Combine(Backup, "index", index.GetProperty("segments_file").GetString()!)));
        Assert.Equal(System.IO.Directory.GetFiles(Path.Combine(Backup, "index")).Length, index.GetProperty("files").GetInt32());
        Assert.Equal("audit/audit.db", manifest.RootElement.GetProperty("state").GetProperty("databases")[0].GetProperty("file").GetString());

        // A second backup into the same folder is refused rather than mixed with the first.
        Assert.Equal(1, IndexerProcess.Run("backup", Backup, "--index", Index, "--state", State).ExitCode);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
