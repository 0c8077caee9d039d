using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.LuceneEngine.Analysis;
using SearchPortal.Core.Corpus;
using SearchPortal.Core.Documents;
using SearchPortal.LuceneEngine.Indexing;
using SearchPortal.Core.Quotes;

/// <summary>
/// Where a full index run spends its time, stage by stage, on one thread: read, parse (decode, clean, structure,
/// metadata), SmartCn analysis, bigram analysis, quotation extraction, IndexWriter (inversion + stored fields),
/// quotation catalogue and final commit. Prints one line per stage (seconds and MB/s over the corpus bytes).
/// </summary>
internal static class BenchStages
{
    public static int Run(string corpus, string indexDir, string dataPath)
    {
        var schema = IndexSchema.Load(dataPath);
        var parser = DocumentParser.CreateDefault(dataPath);
        var quotes = QuoteIndexUpdater.Load(dataPath);
        var builder = new IndexDocumentBuilder(schema);
        var files = new CorpusScanner(parser.CanRead).Scan(corpus);
        var t = new Dictionary<string, Stopwatch>();
        Stopwatch S(string name) => t.TryGetValue(name, out var s) ? s : t[name] = new Stopwatch();
        long bytesTotal = 0;
        var total = Stopwatch.StartNew();
        using var dir = FSDirectory.Open(indexDir);
        using var writer = new IndexWriter(dir, schema.WriterConfig(OpenMode.CREATE));
        foreach (var file in files)
        {
            S("read+hash").Start();
            var bytes = File.ReadAllBytes(file.FullPath);
            var hash = DocumentParser.HashBytes(bytes);
            S("read+hash").Stop();
            bytesTotal += bytes.Length;
            ParsedDocument doc;
            S("parse").Start();
            try { doc = parser.Parse(file, bytes, hash); }
            catch (DocumentReadException) { S("parse").Stop(); continue; }
            S("parse").Stop();
            S("analyze smartcn").Start();
            foreach (var p in doc.Paragraphs) AnalyzedText.Analyze(schema.SmartCn, IndexSchema.Body, p.Text);
            S("analyze smartcn").Stop();
            S("analyze bigram").Start();
            foreach (var p in doc.Paragraphs) AnalyzedText.Analyze(schema.Bigram, IndexSchema.BodyBigram, p.Text);
            S("analyze bigram").Stop();
            S("build entries (both analyses again)").Start();
            var entries = builder.Build(doc);
            S("build entries (both analyses again)").Stop();
            S("quote occurrences").Start();
            var occ = quotes.OccurrenceEntries(doc).ToList();
            S("quote occurrences").Stop();
            S("writer.UpdateDocuments").Start();
            writer.UpdateDocuments(new Term(IndexSchema.Id, file.Id), [.. entries, .. occ]);
            S("writer.UpdateDocuments").Stop();
        }
        S("quote catalogue").Start();
        quotes.Rebuild(writer);
        S("quote catalogue").Stop();
        S("commit").Start();
        writer.Commit();
        S("commit").Stop();
        var mb = bytesTotal / 1e6;
        foreach (var (name, sw) in t)
            Console.Error.WriteLine($"{name,-40} {sw.Elapsed.TotalSeconds,7:F2} s  {mb / sw.Elapsed.TotalSeconds,7:F1} MB/s");
        Console.Error.WriteLine($"{"total",-40} {total.Elapsed.TotalSeconds,7:F2} s  ({files.Count} files, {mb:F1} MB)");
        return 0;
    }

    public static int Merge(string indexDir, int segments, string dataPath)
    {
        var clock = Stopwatch.StartNew();
        using var dir = FSDirectory.Open(indexDir);
        using (var writer = new IndexWriter(dir, IndexSchema.Load(dataPath).WriterConfig(OpenMode.APPEND)))
            writer.ForceMerge(segments);
        Console.Error.WriteLine($"merged to {segments} segment(s) in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
