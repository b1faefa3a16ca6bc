using Microsoft.Extensions.Time.Testing;

namespace InformingFutures.Web.Tests.Infrastructure;

/// <summary>
/// A page's ETag names what its bytes depend on (address, content, encoding): another page's tag or another
/// encoding's tag gets the whole page, and only the current tag of the same representation gets
/// 304 Not Modified.
/// </summary>
public sealed class RepresentationETagTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
    private readonly ToolkitFactory _site;
    private readonly WireClient _wire;

    public RepresentationETagTests()
    {
        _site = ToolkitFactory.OnClock(TestPaths.RepoContent, _clock);
        _wire = new WireClient(_site);
    }

    [Fact]
    public async Task AnotherPagesETagDoesNotRevalidateThisPage()
    {
        var aboutTag = await ETagAsync("/about", "br");

        using var response = await _wire.GetAsync("/reflective-practice/team", "br", ifNoneMatch: aboutTag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(aboutTag, response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task EachEncodingHasItsOwnETagAndOnlyItsOwnRevalidates()
    {
        var tags = new Dictionary<string, string>();
        foreach (var encoding in new[] { "br", "gzip", "identity" })
        {
            tags[encoding] = await ETagAsync("/reflective-practice/team", encoding);
        }

        Assert.Equal(3, tags.Values.Distinct().Count());
        foreach (var (encoding, tag) in tags)
        {
            foreach (var asking in tags.Keys)
            {
                using var response = await _wire.GetAsync("/reflective-practice/team", asking, ifNoneMatch: tag);
                Assert.Equal(asking == encoding ? HttpStatusCode.NotModified : HttpStatusCode.OK, response.StatusCode);
            }
        }
    }

    [Fact]
    public async Task AnotherProcessGivesThePageTheSameTagAndRevalidatesItOnceKept()
    {
        var tag = await ETagAsync("/reflective-practice/multi-agency", "gzip");
        // A second site over the same content on the same day has kept nothing yet: it renders the page, with the
        // same tag, because the tag names what the bytes depend on; from then on the tag gets 304.
        using var fresh = ToolkitFactory.OnClock(TestPaths.RepoContent, _clock);
        using var freshWire = new WireClient(fresh);

        using var rendered = await freshWire.GetAsync("/reflective-practice/multi-agency", "gzip", ifNoneMatch: tag);
        using var kept = await freshWire.GetAsync("/reflective-practice/multi-agency", "gzip", ifNoneMatch: tag);

        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        Assert.Equal(tag, rendered.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.NotModified, kept.StatusCode);
        Assert.Empty(await kept.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, kept.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task YesterdaysTagStillMatchesBecauseNoPageCarriesTheServersDay()
    {
        var yesterday = await ETagAsync("/reflective-practice/team", "identity");

        _clock.Advance(TimeSpan.FromDays(1));
        using var rendered = await _wire.GetAsync("/reflective-practice/team", "identity", ifNoneMatch: yesterday);
        using var kept = await _wire.GetAsync("/reflective-practice/team", "identity", ifNoneMatch: yesterday);

        // The printed and accessed dates are the reader's, set by the browser: the page's bytes do not change by
        // day, so the day's first render has yesterday's tag, and from then on that tag revalidates.
        Assert.Equal(yesterday, rendered.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.NotModified, kept.StatusCode);
    }

    private async Task<string> ETagAsync(string address, string encoding)
    {
        using var response = await _wire.GetAsync(address, encoding);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-cache", response.Headers.CacheControl?.ToString());
        return response.Headers.ETag?.Tag ?? throw new InvalidOperationException($"{address} has no ETag");
    }

    public void Dispose()
    {
        _wire.Dispose();
        _site.Dispose();
    }
}
