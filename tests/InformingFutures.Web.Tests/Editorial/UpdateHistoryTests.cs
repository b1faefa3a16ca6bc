using Microsoft.Extensions.Time.Testing;

namespace InformingFutures.Web.Tests.Editorial;

/// <summary>A page's <c>changes</c> show as "Updates to this page", newest first, and date every printed sheet.</summary>
public sealed class UpdateHistoryTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
    private readonly ToolkitFactory _site;

    public UpdateHistoryTests() => _site = ToolkitFactory.OnClock(TestPaths.Fixture("editorial"), _clock);

    [Fact]
    public async Task APageListsItsUpdatesNewestFirstUnderItsOwnHeading()
    {
        var (_, html) = await _site.GetHtmlAsync("/guide/supervision");

        var history = html.QuerySelector("section.update-history");
        Assert.Equal("Updates to this page", history?.QuerySelector("h2")?.TextContent);
        Assert.Equal(
            ["20 November 2026: Rewrote the challenges after practitioners' feedback.", "1 June 2026: First published."],
            history!.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Equal(["2026-11-20", "2026-06-01"], history.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal("Last updated: 20 November 2026", html.QuerySelector(".review-dates div")?.TextContent.Trim());
    }

    [Fact]
    public async Task APageWithoutChangesHasNoHistory()
    {
        var (_, html) = await _site.GetHtmlAsync("/");

        Assert.Null(html.QuerySelector(".update-history"));
        Assert.DoesNotContain("Last updated", html.Body!.TextContent);
    }

    [Theory]
    [InlineData("/guide/supervision", "last updated 20 November 2026 · last reviewed 1 October 2026 · latest version: https://charity.github.io/informing-futures/guide/supervision")]
    [InlineData("/guide", "last updated 15 September 2026 · last reviewed 1 October 2026 · latest version: https://charity.github.io/informing-futures/guide")]
    [InlineData("/", "no updates recorded · latest version: https://charity.github.io/informing-futures/")]
    public async Task EveryPrintedSheetSaysWhenThePageWasLastUpdated(string page, string stamp)
    {
        var (_, html) = await _site.GetHtmlAsync(page);
        var lines = html.QuerySelectorAll("[data-print-footer] p").Select(p => p.TextContent).ToList();

        // On paper the address has a line of its own, so it is never broken at a hyphen.
        Assert.Equal(stamp.Replace("latest version: ", "latest version:\n", StringComparison.Ordinal), string.Join("\n", lines.Skip(1)));
        // The day it is printed comes from the reader's browser; the server writes no date of its own.
        Assert.DoesNotContain("Printed", string.Concat(lines));
    }

    public void Dispose() => _site.Dispose();
}
