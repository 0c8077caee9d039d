// Reads bench/scale's results.tsv (one row per corpus size) and draws each figure against the corpus size, with the
// issue's goal as a dashed line where there is one. Usage: ScalePlot RESULTS.tsv OUTDIR
using System.Globalization;
using ScottPlot;

var rows = File.ReadAllLines(args[0]).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
var header = rows[0];
var data = rows.Skip(1).ToList();
double[] Column(string name)
{
    var i = Array.IndexOf(header, name);
    // A figure the run could not measure is empty in the table: drawn as a gap, not a failure.
    return data.Select(r => double.TryParse(r[i], CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray();
}
var docs = Column("documents");
Directory.CreateDirectory(args[1]);

// (column, title, y label, goal: a function of the document count or null)
var charts = new (string Column, string Title, string Y, Func<double, double>? Goal)[]
{
    ("p99_ms", "Query p99, one connection (goal: 50 ms at 16x)", "ms", _ => 50),
    ("p50_ms", "Query p50, one connection", "ms", null),
    ("rps16", "Requests/s at 16 connections, all-new URLs (goal: 1,000 at 1x, 300 at 16x)", "req/s", null),
    ("index_ratio", "Index size / corpus size (goal: <= 2.5)", "ratio", _ => 2.5),
    ("indexer_rss_mb", "Indexer peak RSS (goal: <= 1 GB at 16x)", "MB", _ => 1024),
    ("site_rss_mb", "Site RSS after all-new URLs (goal: 300 MB at 1x, 400 MB at 16x)", "MB", null),
    ("files_per_s", "Indexing speed", "files/s", null),
    ("cold_start_s", "Site cold start to first answer", "s", null),
};
foreach (var (column, title, y, goal) in charts)
{
    if (Array.IndexOf(header, column) < 0) continue;
    var plot = new Plot();
    var line = plot.Add.Scatter(docs, Column(column));
    line.LegendText = "measured";
    if (goal is not null)
    {
        var g = plot.Add.Scatter(docs, docs.Select(goal).ToArray());
        g.LinePattern = LinePattern.Dashed;
        g.LegendText = "goal";
    }
    plot.Title(title);
    plot.XLabel("documents");
    plot.YLabel(y);
    var top = Math.Max(Column(column).Where(double.IsFinite).DefaultIfEmpty(1).Max(), goal is null ? 0 : docs.Select(goal).DefaultIfEmpty(0).Max());
    plot.Axes.SetLimitsY(0, top * 1.15);
    plot.SavePng(Path.Combine(args[1], column + ".png"), 720, 420);
}
Console.WriteLine($"{charts.Length} plots in {args[1]}");
