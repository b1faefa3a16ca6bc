using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace InformingFutures.Web.Tests.Support;

/// <summary>
/// The site as its own process, as an operator runs it: its own runtimeconfig (GC settings included), its own
/// console, settings from environment variables only. Every output line is kept.
/// </summary>
public sealed partial class SiteProcess : IDisposable
{
    private readonly Process _process;

    public SiteProcess(string contentRoot, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", "InformingFutures.Web.dll")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Content__RootPath"] = contentRoot;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("the site did not start");
        _process.OutputDataReceived += (_, line) => { if (line.Data is not null) { Lines.Enqueue(line.Data); } };
        _process.ErrorDataReceived += (_, line) => { if (line.Data is not null) { Lines.Enqueue(line.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public ConcurrentQueue<string> Lines { get; } = new();

    /// <summary>Where the site listens, once it says so (generously waited for: a cold start on a busy machine).</summary>
    public async Task<Uri> AddressAsync()
    {
        Assert.True(await ContentTestHost.EventuallyAsync(() => _process.HasExited || Lines.Any(l => Listening().IsMatch(l)), TimeSpan.FromSeconds(120)), string.Join("\n", Lines));
        Assert.False(_process.HasExited, $"the site stopped:\n{string.Join("\n", Lines.TakeLast(20))}");
        return new Uri(Listening().Match(Lines.First(l => Listening().IsMatch(l))).Value);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Listening();

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(10_000);
        _process.Dispose();
    }
}
