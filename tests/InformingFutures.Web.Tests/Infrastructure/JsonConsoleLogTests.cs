using System.Collections.Concurrent;
using System.Text.Json;

namespace InformingFutures.Web.Tests.Infrastructure;

/// <summary>
/// The container example in docs/deploying.md, run as an operator would: the site as its own process with Serilog's console
/// sink and compact JSON formatter set by environment variables only. Every line of its output is one JSON object,
/// and the request line carries the method, the address as sent and the status as properties.
/// </summary>
public sealed class JsonConsoleLogTests : IDisposable
{
    // As in docs/deploying.md and docs/operations.md.
    private readonly SiteProcess _site = new(TestPaths.RepoContent,
        ("Serilog__WriteTo__0__Name", "Console"),
        ("Serilog__WriteTo__0__Args__formatter", "Serilog.Formatting.Compact.RenderedCompactJsonFormatter, Serilog.Formatting.Compact"));

    private ConcurrentQueue<string> Lines => _site.Lines;

    [Fact]
    public async Task EachRequestIsOneJsonObjectWithItsPartsAsProperties()
    {
        using var client = new HttpClient { BaseAddress = await _site.AddressAsync() };

        await client.GetAsync("/reflective-practice/team");
        await client.GetAsync("/a%20responded%20200%20in%200.1%20ms%0Aforged");

        Assert.True(await ContentTestHost.EventuallyAsync(() => RequestLines().Count() >= 2, TimeSpan.FromSeconds(30)), string.Join("\n", Lines));
        var objects = Lines.Select(line => JsonDocument.Parse(line)).ToList(); // throws on any line that is not JSON
        var requests = RequestLines().Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Contains(requests, r => r.GetProperty("RequestTarget").GetString() == "/reflective-practice/team" && r.GetProperty("StatusCode").GetInt32() == 200 && r.GetProperty("RequestMethod").GetString() == "GET");
        Assert.Contains(requests, r => r.GetProperty("RequestTarget").GetString()!.StartsWith("/a%20responded%20200", StringComparison.Ordinal) && r.GetProperty("StatusCode").GetInt32() == 404);
        Assert.All(objects, o => Assert.True(o.RootElement.TryGetProperty("@t", out _)));
    }

    private IEnumerable<string> RequestLines() => Lines.Where(l => l.Contains("\"RequestTarget\"", StringComparison.Ordinal));

    public void Dispose() => _site.Dispose();
}
