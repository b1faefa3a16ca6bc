using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace InformingFutures.Web.Tests.Infrastructure;

/// <summary>
/// An editor previewing with the README's run command (Development, no public address) reads the log for their
/// content's mistakes: it names pages, not every stylesheet and script, and does not warn about a public address
/// that only a published site needs. A published site (Production) still warns.
/// </summary>
public sealed class EditorsLogTests
{
    private static async Task<CapturingLoggerProvider> BrowseAsync(string environment)
    {
        var log = new CapturingLoggerProvider();
        using var site = new ToolkitFactory(TestPaths.Fixture("good"), environment, b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(log)));
        var client = site.CreatePlainClient();
        var page = await client.GetStringAsync("/alpha/first");
        var stylesheet = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/site\\.[^\"]+\\.css)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(stylesheet)).StatusCode);
        // A page asked for after the stylesheet: once its line is written, the stylesheet's would have been.
        await client.GetStringAsync("/alpha/second");
        Assert.True(await ContentTestHost.EventuallyAsync(() => log.Messages.Any(m => m.StartsWith("HTTP GET /alpha/second ", StringComparison.Ordinal)), TimeSpan.FromSeconds(10)));
        return log;
    }

    private static bool AtInformation(CapturingLoggerProvider log, string start) =>
        log.Entries.Any(e => e.Level >= LogLevel.Information && e.Message.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public async Task PreviewingLogsPagesAndNoPublicAddressWarning()
    {
        var log = await BrowseAsync("Development");

        Assert.True(AtInformation(log, "HTTP GET /alpha/first responded 200"));
        Assert.False(AtInformation(log, "HTTP GET /site."));
        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Warning && e.Message.Contains("Site:PublicUrl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APublishedSiteLogsEveryRequestAndWarnsWithoutAPublicAddress()
    {
        var log = await BrowseAsync("Production");

        Assert.True(AtInformation(log, "HTTP GET /site."));
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("Site:PublicUrl is not set", StringComparison.Ordinal));
    }
}
