using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SearchPortal.Web.Tests.Support;

/// <summary>
/// The site as a server runs it: <c>dotnet SearchPortal.Web.dll</c> in a child process, Production environment,
/// started from a working directory of its own, on a free loopback port. Disposing kills it (and its children).
/// </summary>
public sealed class SiteProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public string BaseUrl { get; }

    public SiteProcess(string dll, string workingDirectory, params string[] settings)
        : this(dll, workingDirectory, new Dictionary<string, string>(), settings)
    {
    }

    /// <param name="environment">Extra environment variables, as a systemd unit's Environment= lines set them.</param>
    public SiteProcess(string dll, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] settings)
    {
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseUrl);
        foreach (var s in settings) start.ArgumentList.Add(s);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        // As on a server: nothing tells the site where its files are.
        start.Environment.Remove("ASPNETCORE_CONTENTROOT");
        start.Environment.Remove("DOTNET_CONTENTROOT");
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (_output) _output.AppendLine(e.Data); };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Waits until /healthz answers 200 (the site indexes its corpus before listening).</summary>
    public async Task WaitUntilHealthyAsync(HttpClient client, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the site exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await client.GetAsync(BaseUrl + "/healthz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }   // not listening yet
            await Task.Delay(250);
        }
        throw new TimeoutException($"/healthz did not answer 200 within {timeout}:\n{Output}");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        finally { _process.Dispose(); }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try { return ((IPEndPoint)listener.LocalEndpoint).Port; }
        finally { listener.Stop(); }
    }
}
