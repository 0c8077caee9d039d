using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.Core.Tests.Indexing;

/// <summary>The uncompressed stored-fields codec must give back exactly what was stored, through flushes and merges.</summary>
public sealed class IndexCodecTests : IDisposable
{
    private readonly string _index = TestPaths.NewTempDir("sp-codec");
    private readonly IndexSchema _schema = IndexSchema.Load(TestPaths.Data);

    public void Dispose()
    {
        try { System.IO.Directory.Delete(_index, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void Stored_texts_of_every_size_read_back_unchanged_after_flushes_and_a_merge()
    {
        var seed = File.ReadAllText(TestPaths.Seed);
        // Small texts share a chunk; the seed spans chunks; a 200 KB text is read back in chunk-sized slices.
        var texts = new List<string>();
        for (var i = 0; i < 200; i++) texts.Add($"第{i}条 {seed[..(i % 50 + 1)]}");
        texts.Add(seed);
        texts.Add(string.Concat(Enumerable.Repeat(seed, 200_000 / seed.Length + 1)));
        texts.Add("");

        using (var dir = FSDirectory.Open(_index))
        {
            using (var writer = new IndexWriter(dir, _schema.WriterConfig(OpenMode.CREATE)))
            {
                for (var i = 0; i < texts.Count; i++)
                {
                    writer.AddDocument(new Document { new StringField(IndexSchema.Id, i.ToString(), Field.Store.YES), new StoredField(IndexSchema.Text, texts[i]) });
                    if (i % 60 == 0) writer.Commit(); // several segments
                }
                writer.ForceMerge(1);
            }
            using var reader = DirectoryReader.Open(dir);
            Assert.Equal("SearchPortal46", ((SegmentReader)reader.Leaves[0].Reader).SegmentInfo.Info.Codec.Name);
            Assert.Equal(texts.Count, reader.NumDocs);
            for (var d = 0; d < reader.MaxDoc; d++)
            {
                var doc = reader.Document(d);
                Assert.Equal(texts[int.Parse(doc.Get(IndexSchema.Id))], doc.Get(IndexSchema.Text));
            }
        }
    }
}
