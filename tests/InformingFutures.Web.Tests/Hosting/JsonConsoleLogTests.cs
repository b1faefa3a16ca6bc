using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace InformingFutures.Web.Tests.Hosting;

/// <summary>
/// The container example in docs/deploying.md, run as an operator would: the site as its own process with Serilog's console
/// sink and compact JSON formatter set by environment variables only. Every line of its output is one JSON object,
/// and the request line carries the method, the address as sent and the status as properties.
/// </summary>
public sealed partial class JsonConsoleLogTests : IDisposable
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Process _site;

    public JsonConsoleLogTests()
    {
        var start = new ProcessStartInfo("dotnet", "InformingFutures.Web.dll")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Content__RootPath"] = TestPaths.RepoContent;
        // As in docs/deploying.md and docs/operations.md.
        start.Environment["Serilog__WriteTo__0__Name"] = "Console";
        start.Environment["Serilog__WriteTo__0__Args__formatter"] = "Serilog.Formatting.Compact.RenderedCompactJsonFormatter, Serilog.Formatting.Compact";
        _site = Process.Start(start) ?? throw new InvalidOperationException("the site did not start");
        _site.OutputDataReceived += (_, line) => { if (line.Data is not null) { _lines.Enqueue(line.Data); } };
        _site.ErrorDataReceived += (_, line) => { if (line.Data is not null) { _lines.Enqueue(line.Data); } };
        _site.BeginOutputReadLine();
        _site.BeginErrorReadLine();
    }

    [Fact]
    public async Task EachRequestIsOneJsonObjectWithItsPartsAsProperties()
    {
        Assert.True(await ContentTestHost.EventuallyAsync(() => _lines.Any(l => Listening().IsMatch(l)), TimeSpan.FromSeconds(60)), string.Join("\n", _lines));
        var address = new Uri(Listening().Match(_lines.First(l => Listening().IsMatch(l))).Value);
        using var client = new HttpClient { BaseAddress = address };

        await client.GetAsync("/reflective-practice/team");
        await client.GetAsync("/a%20responded%20200%20in%200.1%20ms%0Aforged");

        Assert.True(await ContentTestHost.EventuallyAsync(() => RequestLines().Count() >= 2, TimeSpan.FromSeconds(30)), string.Join("\n", _lines));
        var objects = _lines.Select(line => JsonDocument.Parse(line)).ToList(); // throws on any line that is not JSON
        var requests = RequestLines().Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Contains(requests, r => r.GetProperty("RequestTarget").GetString() == "/reflective-practice/team" && r.GetProperty("StatusCode").GetInt32() == 200 && r.GetProperty("RequestMethod").GetString() == "GET");
        Assert.Contains(requests, r => r.GetProperty("RequestTarget").GetString()!.StartsWith("/a%20responded%20200", StringComparison.Ordinal) && r.GetProperty("StatusCode").GetInt32() == 404);
        Assert.All(objects, o => Assert.True(o.RootElement.TryGetProperty("@t", out _)));
    }

    private IEnumerable<string> RequestLines() => _lines.Where(l => l.Contains("\"RequestTarget\"", StringComparison.Ordinal));

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Listening();

    public void Dispose()
    {
        _site.Kill(entireProcessTree: true);
        _site.WaitForExit(10_000);
        _site.Dispose();
    }
}
