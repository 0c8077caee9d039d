using System.Diagnostics;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using SearchPortal.LuceneEngine.Analysis.FastSmartCn;

// Single-thread SmartCn analysis throughput: Lucene.Net's SmartChineseAnalyzer vs FastSmartChineseAnalyzer.
// Usage: AnalysisBench [speed|fast|parts|parity] CORPUS_DIR [ROUNDS]
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

if (mode == "parts")
{
    // Where the fast analyzer's time goes: ICU sentence breaks alone, the tokenizer alone, the full chain.
    var breaker = ICU4N.Text.BreakIterator.GetSentenceInstance(System.Globalization.CultureInfo.InvariantCulture);
    for (int r = 0; r < rounds; r++)
    {
        var sw = CpuClock.StartNew();
        long s = 0;
        foreach (var line in lines)
        {
            breaker.SetText(line);
            for (int e = breaker.Next(); e != ICU4N.Text.BreakIterator.Done; e = breaker.Next()) s++;
        }
        Console.WriteLine($"ICU sentence breaks only   {bytes / 1e6 / sw.Elapsed.TotalSeconds,6:F2} MB/s ({s} sentences)");
        var tokenizerOnly = Analyzer.NewAnonymous((f, reader) => new TokenStreamComponents(new FastSmartChineseTokenizer(reader)));
        sw.Restart();
        long n = 0;
        foreach (var line in lines) n += Consume(tokenizerOnly, line);
        Console.WriteLine($"FastSmartChineseTokenizer  {bytes / 1e6 / sw.Elapsed.TotalSeconds,6:F2} MB/s ({n} tokens)");
        sw.Restart();
        n = 0;
        foreach (var line in lines) n += Consume(fast, line);
        Console.WriteLine($"FastSmartChineseAnalyzer   {bytes / 1e6 / sw.Elapsed.TotalSeconds,6:F2} MB/s ({n} tokens)");
    }
    return 0;
}

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
    var contenders = mode == "fast" ? new[] { ("FastSmartChineseAnalyzer", fast) }
        : new[] { ("SmartChineseAnalyzer", lucene), ("FastSmartChineseAnalyzer", fast) };
    foreach (var (name, analyzer) in contenders)
    {
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        long n = 0;
        foreach (var line in lines) n += Consume(analyzer, line);
        sw.Stop();
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine($"round {r + 1} {name,-26} wall {sw.Elapsed.TotalSeconds,7:F2} s {bytes / 1e6 / sw.Elapsed.TotalSeconds,6:F2} MB/s | cpu {cpu,7:F2} s {bytes / 1e6 / cpu,6:F2} MB/s | {n} tokens");
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

/// <summary>Process CPU time since start: on this shared 2-core machine wall time mostly measures other people's builds.</summary>
sealed class CpuClock
{
    private TimeSpan _start = Now();
    public static CpuClock StartNew() => new();
    public void Restart() => _start = Now();
    public TimeSpan Elapsed => Now() - _start;
    private static TimeSpan Now() { var p = Process.GetCurrentProcess(); return p.TotalProcessorTime; }
}
