using System.Diagnostics;
using SearchPortal.LuceneEngine.Indexing;
using Spectre.Console;

namespace SearchPortal.Indexer;

/// <summary>Plain progress lines for redirected output (logs, CI): at most one line every two seconds, and the last.</summary>
public sealed class PlainProgress(TextWriter output) : IProgress<IndexProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastTicks = -1;

    public void Report(IndexProgress value)
    {
        var now = _clock.ElapsedMilliseconds;
        var last = Interlocked.Read(ref _lastTicks);
        if (value.Done != value.Total && last >= 0 && now - last < 2000) return;
        if (Interlocked.CompareExchange(ref _lastTicks, now, last) != last) return;
        var rate = value.Done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        lock (output) output.WriteLine($"[{value.Done}/{value.Total}] {rate:F0} files/s  {value.CurrentId}");
    }
}

/// <summary>A Spectre.Console progress bar with files/s for an interactive terminal.</summary>
public static class TerminalProgress
{
    public static IndexRunSummary Run(Func<IProgress<IndexProgress>, IndexRunSummary> work)
    {
        IndexRunSummary? summary = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                     new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("索引中", maxValue: 1);
                summary = work(new Progress(task));
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    private sealed class Progress(ProgressTask task) : IProgress<IndexProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public void Report(IndexProgress value)
        {
            var rate = value.Done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
            task.Description = $"索引中 {value.Done}/{value.Total} 文件 ({rate:F0} 文件/秒)";
        }
    }
}
