using System.Diagnostics;
using System.Text;

namespace SearchPortal.Indexer.Tests;

/// <summary>Runs the real SearchPortal.Indexer as a child process (built beside the tests by the project reference).</summary>
public sealed class IndexerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    public event Action<string>? Line;

    public IndexerProcess(params string[] args) : this(args, input: null) { }

    /// <summary>With <paramref name="input"/> written to standard input, then closed (a piped password).</summary>
    public IndexerProcess(string[] args, string? input)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "SearchPortal.Indexer.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => { if (e.Data == null) return; lock (_stdout) _stdout.AppendLine(e.Data); Line?.Invoke(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data == null) return; lock (_stderr) _stderr.AppendLine(e.Data); };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        if (input != null) _process.StandardInput.Write(input);
        _process.StandardInput.Close();
    }

    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }
    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) { Kill(); throw new TimeoutException("indexer did not finish: " + Stdout + Stderr); }
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no finally blocks, no IndexWriter.Dispose — the crash case.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var p = new IndexerProcess(args);
        var code = p.WaitForExit(TimeSpan.FromMinutes(5));
        return (code, p.Stdout, p.Stderr);
    }

    public static (int ExitCode, string Stdout, string Stderr) RunWithInput(string input, params string[] args)
    {
        using var p = new IndexerProcess(args, input);
        var code = p.WaitForExit(TimeSpan.FromMinutes(2));
        return (code, p.Stdout, p.Stderr);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
