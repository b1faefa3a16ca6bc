using Microsoft.Extensions.Logging;

namespace InformingFutures.Web.Tests.Infrastructure;

/// <summary>The request log shows what was attempted, and nothing from outside can forge a line of it.</summary>
public sealed class RequestLogTests : IDisposable
{
    private readonly LoggedSite _site = new();

    private CapturingLoggerProvider Log => _site.Log;

    [Fact]
    public async Task APostIsLoggedAsThePostItWas()
    {
        var (status, _) = await SendAsync("POST", "/admin/login?secret=1");

        Assert.Equal(405, status);
        Assert.True(await ContentTestHost.EventuallyAsync(() => Log.Messages.Any(m => m.StartsWith("HTTP POST /admin/login responded 405", StringComparison.Ordinal)), TimeSpan.FromSeconds(10)),
            string.Join("\n", Log.Messages.Where(m => m.StartsWith("HTTP ", StringComparison.Ordinal))));
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
        Assert.True(await ContentTestHost.EventuallyAsync(() => Log.Messages.Any(m => m.StartsWith($"HTTP GET {path} responded 404", StringComparison.Ordinal)), TimeSpan.FromSeconds(10)));
        Assert.DoesNotContain(Log.Entries, e => e.Level >= LogLevel.Error);
    }

    [Theory]
    [InlineData("/print-footer/x%0A[17:05:01%20WRN]%20forged%20line.css")]
    [InlineData("/no-such-page%0D%0A[17:05:01%20WRN]%20forged%20line")]
    public async Task ALineBreakInAPathIsRefusedAndCannotForgeALogLine(string path)
    {
        var (status, _) = await SendAsync("GET", path);

        Assert.Equal(404, status);
        Assert.True(await ContentTestHost.EventuallyAsync(() => Log.Messages.Any(m => m.StartsWith("HTTP GET ", StringComparison.Ordinal) && m.Contains("forged", StringComparison.Ordinal)), TimeSpan.FromSeconds(10)));
        Assert.DoesNotContain(Log.Messages, m => m.Contains('\n') || m.Contains('\r'));
    }

    [Theory]
    [InlineData("/a%20responded%20200%20in%200.1%20ms%20(request%20X)%20", "HTTP GET /a%20responded%20200%20in%200.1%20ms%20(request%20X)%20 responded 404 in ")]
    [InlineData("/reflective-practice/%2e/", "HTTP GET /reflective-practice/%2e/ responded 404 in ")]
    [InlineData("/reflective-practice/./team", "HTTP GET /reflective-practice/./team responded 404 in ")]
    [InlineData("*", "HTTP OPTIONS * responded 405 in ")]
    [InlineData("/search?q=a+private+name", "HTTP GET /search responded 200 in ")]
    public async Task TheLoggedAddressIsTheOneTheClientSentAndNoPartOfItReadsAsAnother(string target, string line)
    {
        await SendAsync(target == "*" ? "OPTIONS" : "GET", target);

        Assert.True(await ContentTestHost.EventuallyAsync(() => Log.Messages.Any(m => m.StartsWith(line, StringComparison.Ordinal)), TimeSpan.FromSeconds(10)),
            string.Join("\n", Log.Messages.Where(m => m.StartsWith("HTTP ", StringComparison.Ordinal))));
        Assert.DoesNotContain(Log.Messages, m => m.Contains("private name", StringComparison.Ordinal)); // searches are readers' words
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/healthz/live")]
    [InlineData("/healthz/ready")]
    public async Task HealthProbesAreNotLoggedAtInformation(string path)
    {
        await SendAsync("GET", path);
        await SendAsync("GET", "/about");

        Assert.True(await ContentTestHost.EventuallyAsync(() => Log.Messages.Any(m => m.StartsWith("HTTP GET /about responded 200", StringComparison.Ordinal)), TimeSpan.FromSeconds(10)));
        Assert.DoesNotContain(Log.Entries, e => e.Level >= LogLevel.Information && e.Message.StartsWith($"HTTP GET {path} ", StringComparison.Ordinal));
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

    private Task<(int Status, string Response)> SendAsync(string method, string target) => _site.SendAsync(method, target);

    public void Dispose() => _site.Dispose();
}
