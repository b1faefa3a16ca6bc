using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace InformingFutures.Web.Tests.Hosting;

/// <summary>The request log shows what was attempted, and nothing from outside can forge a line of it.</summary>
public sealed class RequestLogTests : IDisposable
{
    private readonly CapturingLoggerProvider _log = new();
    private readonly ToolkitFactory _site;
    private readonly Uri _address;

    public RequestLogTests()
    {
        _site = new ToolkitFactory(TestPaths.RepoContent, configure: b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(_log)));
        _address = RawHttp.StartOnKestrel(_site);
    }

    [Fact]
    public async Task APostIsLoggedAsThePostItWas()
    {
        var (status, _) = await SendAsync("POST", "/admin/login?secret=1");

        Assert.Equal(405, status);
        Assert.True(await ContentTestHost.EventuallyAsync(() => _log.Messages.Any(m => m.StartsWith("HTTP POST /admin/login responded 405", StringComparison.Ordinal)), TimeSpan.FromSeconds(10)),
            string.Join("\n", _log.Messages.Where(m => m.StartsWith("HTTP ", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("/status/500")]
    [InlineData("/status/405")]
    [InlineData("/error")]
    public async Task AStatusPageAskedForDirectlyIsNotFoundAndRaisesNoAlarm(string path)
    {
        var (status, response) = await SendAsync("GET", path);

        Assert.Equal(404, status);
        Assert.Contains(SourceText.CopyrightNotice, response);
        Assert.True(await ContentTestHost.EventuallyAsync(() => _log.Messages.Any(m => m.StartsWith($"HTTP GET {path} responded 404", StringComparison.Ordinal)), TimeSpan.FromSeconds(10)));
        Assert.DoesNotContain(_log.Entries, e => e.Level >= LogLevel.Error);
    }

    [Theory]
    [InlineData("/print-footer/x%0A[17:05:01%20WRN]%20forged%20line.css")]
    [InlineData("/no-such-page%0D%0A[17:05:01%20WRN]%20forged%20line")]
    public async Task ALineBreakInAPathIsRefusedAndCannotForgeALogLine(string path)
    {
        var (status, _) = await SendAsync("GET", path);

        Assert.Equal(404, status);
        Assert.True(await ContentTestHost.EventuallyAsync(() => _log.Messages.Any(m => m.StartsWith("HTTP GET ", StringComparison.Ordinal) && m.Contains("forged", StringComparison.Ordinal)), TimeSpan.FromSeconds(10)));
        Assert.DoesNotContain(_log.Messages, m => m.Contains('\n') || m.Contains('\r'));
    }

    [Fact]
    public void AContentFileNamedToForgeALogLineIsLoggedOnOneLine()
    {
        using var content = new TempContent("good");
        content.Write("alpha/x\n[17:05:01 WRN] forged line.md", "---\ntitle: T\n---\n");
        using var site = new TestSite(content.Root);
        _ = site.Snapshot; // load

        var line = Assert.Single(site.Log.Errors, m => m.Contains("forged line", StringComparison.Ordinal));

        Assert.Contains("x\\n[17:05:01 WRN] forged line", line);
        Assert.DoesNotContain('\n', line);
    }

    private Task<(int Status, string Response)> SendAsync(string method, string target) =>
        RawHttp.SendAsync(_address, $"{method} {target} HTTP/1.1\r\nHost: {_address.Authority}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

    public void Dispose() => _site.Dispose();
}
