using System.Diagnostics;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using SearchPortal.Core.Analysis.FastSmartCn;

// Single-thread SmartCn analysis throughput: Lucene.Net's SmartChineseAnalyzer vs FastSmartChineseAnalyzer.
// Usage: AnalysisBench [speed|parity] CORPUS_DIR [ROUNDS]
var mode = args.Length > 0 ? args[0] : "speed";
var corpus = args.Length > 1 ? args[1] : "../shared/corpus";
int rounds = args.Length > 2 ? int.Parse(args[2]) : 3;

var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
    .Where(f => f.EndsWith(".txt") || f.EndsWith(".md")).Order(StringComparer.Ordinal).ToList();
var lines = new List<string>();
foreach (var f in files)
    foreach (var line in File.ReadAllLines(f))
        if (line.Length > 0) lines.Add(line);
long bytes = lines.Sum(l => (long)Encoding.UTF8.GetByteCount(l));
long chars = lines.Sum(l => (long)l.Length);
Console.WriteLine($"corpus {corpus}: {files.Count} files, {lines.Count} non-empty lines, {bytes / 1e6:F1} MB UTF-8, {chars / 1e6:F1} M chars");

var version = LuceneVersion.LUCENE_48;
var stops = new CharArraySet(version, SmartChineseAnalyzer.DefaultStopSet, ignoreCase: true);
var t0 = Stopwatch.StartNew();
Analyzer lucene = new SmartChineseAnalyzer(version, stops);
Consume(lucene, "warm up 的");
Console.WriteLine($"SmartChineseAnalyzer ready in {t0.ElapsedMilliseconds} ms");
t0.Restart();
Analyzer fast = new FastSmartChineseAnalyzer(version, stops);
Consume(fast, "warm up 的");
Console.WriteLine($"FastSmartChineseAnalyzer ready in {t0.ElapsedMilliseconds} ms (dictionaries copied)");

if (mode == "parity")
{
    int mismatches = 0;
    long tokens = 0;
    foreach (var line in lines)
    {
        var a = Tokens(lucene, line);
        var b = Tokens(fast, line);
        tokens += a.Count;
        if (!a.SequenceEqual(b))
        {
            if (++mismatches <= 5)
            {
                Console.WriteLine("MISMATCH: " + line[..Math.Min(200, line.Length)]);
                int k = 0;
                while (k < Math.Min(a.Count, b.Count) && a[k] == b[k]) k++;
                Console.WriteLine($"  at {k}: lucene {(k < a.Count ? a[k] : "-")} fast {(k < b.Count ? b[k] : "-")}");
            }
        }
    }
    Console.WriteLine($"parity: {lines.Count} lines, {tokens} tokens, {mismatches} mismatching lines");
    return mismatches == 0 ? 0 : 1;
}

for (int r = 0; r < rounds; r++)
{
    foreach (var (name, analyzer) in new[] { ("SmartChineseAnalyzer", lucene), ("FastSmartChineseAnalyzer", fast) })
    {
        var sw = Stopwatch.StartNew();
        long n = 0;
        foreach (var line in lines) n += Consume(analyzer, line);
        sw.Stop();
        Console.WriteLine($"round {r + 1} {name,-26} {sw.Elapsed.TotalSeconds,7:F2} s  {bytes / 1e6 / sw.Elapsed.TotalSeconds,6:F2} MB/s  {chars / 1e6 / sw.Elapsed.TotalSeconds,6:F2} Mchar/s  {n} tokens");
    }
}
return 0;

static int Consume(Analyzer analyzer, string text)
{
    using var ts = analyzer.GetTokenStream("body", text);
    ts.Reset();
    int n = 0;
    while (ts.IncrementToken()) n++;
    ts.End();
    return n;
}

static List<string> Tokens(Analyzer analyzer, string text)
{
    var list = new List<string>();
    using var ts = analyzer.GetTokenStream("body", text);
    var term = ts.AddAttribute<ICharTermAttribute>();
    var offset = ts.AddAttribute<IOffsetAttribute>();
    var posInc = ts.AddAttribute<IPositionIncrementAttribute>();
    ts.Reset();
    while (ts.IncrementToken()) list.Add($"{term}|{offset.StartOffset}|{offset.EndOffset}|{posInc.PositionIncrement}");
    ts.End();
    list.Add($"end|{offset.StartOffset}|{offset.EndOffset}");
    return list;
}
