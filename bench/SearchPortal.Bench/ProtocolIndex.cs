using System.Diagnostics;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Core.Corpus;
using SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// The protocol's index work (peers/PROTOCOL.md "Index phase") with the product's components: the corpus scanner,
/// the text decoder, the SmartCn analyzer (FastSmartCn + the product's stopwords), BM25 and the product's writer
/// settings. Fields as the protocol defines them: path (stored, not searched), title (first non-empty line), body
/// (whole decoded text, stored). No paragraphs, metadata, bigrams or quotations: that is <see cref="BenchIndex"/>.
/// </summary>
internal static class ProtocolIndex
{
    public const string Path = "path", Title = "title", Body = "body";

    public static int Run(string corpus, string indexDir, int threads, string dataPath)
    {
        var init = Stopwatch.StartNew();
        var schema = IndexSchema.Load(dataPath);
        BenchIndex.WarmUp(schema);
        var decoder = new TextDecoder();
        var initSeconds = init.Elapsed.TotalSeconds;

        var clock = Stopwatch.StartNew();
        var files = new CorpusScanner(p => p.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Scan(corpus);
        long bytesTotal = 0;
        using (var dir = FSDirectory.Open(indexDir))
        using (var writer = new IndexWriter(dir, schema.WriterConfig(OpenMode.CREATE)))
        {
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = threads }, file =>
            {
                var bytes = File.ReadAllBytes(file.FullPath);
                Interlocked.Add(ref bytesTotal, bytes.LongLength);
                var text = decoder.Decode(bytes).Text;
                writer.AddDocument(new Document
                {
                    new StringField(Path, file.Id, Field.Store.YES),
                    new TextField(Title, TitleOf(text), Field.Store.YES),
                    new TextField(Body, text, Field.Store.YES),
                });
            });
            writer.Commit();
        }
        var seconds = clock.Elapsed.TotalSeconds;
        BenchJson.Print(new Dictionary<string, object>
        {
            ["engine"] = BenchJson.Engine,
            ["engine_version"] = BenchJson.Version,
            ["phase"] = "index",
            ["threads"] = threads,
            ["docs"] = files.Count,
            ["mb"] = Math.Round(bytesTotal / 1e6, 2),
            ["seconds"] = Math.Round(seconds, 2),
            ["docs_per_s"] = Math.Round(files.Count / seconds, 1),
            ["mb_per_s"] = Math.Round(bytesTotal / 1e6 / seconds, 2),
            ["index_mb"] = Math.Round(System.IO.Directory.EnumerateFiles(indexDir).Sum(f => new FileInfo(f).Length) / 1e6, 1),
            ["init_s"] = Math.Round(initSeconds, 2),
        });
        return 0;
    }

    private static readonly char[] Newlines = ['\r', '\n'];

    /// <summary>The protocol's title rule: first line non-empty after trimming whitespace, then leading '#' marks.</summary>
    public static string TitleOf(string text)
    {
        foreach (var line in text.Split(Newlines))
        {
            var t = line.Trim().TrimStart('#').Trim();
            if (t.Length > 0) return t;
        }
        return "";
    }
}
