using InformingFutures.Web.Hosting;

namespace InformingFutures.Web.Tests.Hosting;

/// <summary>
/// Only pages are output-cached, under keys that made-up addresses cannot multiply: on real Kestrel, as a probe
/// would find it. A cache hit shows as an <c>Age</c> header.
/// </summary>
public sealed class PageCacheTests : IDisposable
{
    private static readonly string[] ModelPages = ["/reflective-practice/team", "/reflective-practice/organisational", "/reflective-practice/multi-agency"];

    private readonly ToolkitFactory _site = new RepoSiteFactory();
    private readonly WireClient _wire;

    public PageCacheTests() => _wire = new WireClient(_site);

    [Fact]
    public async Task AFloodOfUniqueStaticAndQueryAddressesLeavesThePagesInTheCache()
    {
        foreach (var page in ModelPages)
        {
            using var warm = await _wire.GetAsync(page, "identity");
        }

        // 500 addresses nobody asked for before: the 200 KB framework script the probe used (60 MB of it, where the
        // cache used to hold 32 MB), other static files, and pages and searches with made-up query strings.
        var flood = Enumerable.Range(0, 500).Select(n => (n % 10) switch
        {
            < 6 => $"/_framework/blazor.web.js?e={n}",
            6 => $"/css/site.css?e={n}",
            7 => $"/reflective-practice/team?utm_source={n}",
            8 => $"/search?q={n}",
            _ => $"/search?q=rooms&page={n}",
        });
        foreach (var address in flood)
        {
            using var _ = await _wire.GetAsync(address, "identity");
        }

        foreach (var page in ModelPages)
        {
            using var response = await _wire.GetAsync(page, "identity");
            Assert.True(response.Headers.Age is not null, $"{page} was not served from the cache after the flood");
        }
    }

    [Fact]
    public async Task SearchAnswersTwiceOverTheirBudgetNeverPushOutAPage()
    {
        using var store = new PageCacheStore();
        await store.SetAsync("page", new byte[30_000], [PageCacheStore.ContentTag], TimeSpan.FromHours(1), CancellationToken.None);

        var answer = new byte[64 * 1024];
        for (var i = 0; i < 2 * PageCacheStore.SearchBytes / answer.Length; i++)
        {
            await store.SetAsync($"search {i}", answer, [PageCacheStore.ContentTag, PageCacheStore.SearchTag], TimeSpan.FromHours(1), CancellationToken.None);
        }

        Assert.NotNull(await store.GetAsync("page", CancellationToken.None));
    }

    [Fact]
    public async Task BlazorsFrameworkScriptIsNotServedBecauseNoPageUsesIt()
    {
        using var response = await _wire.GetAsync("/_framework/blazor.web.js", "identity");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/reflective-practice/team?utm_source=a", "/reflective-practice/team?utm_source=b")]
    [InlineData("/reflective-practice/team", "/reflective-practice/team?e=1&f=2")]
    [InlineData("/search?q=rooms&page=1", "/search?q=rooms&page=2")]
    public async Task UnknownQueryKeysDoNotMakeANewCacheEntry(string first, string second)
    {
        using var _ = await _wire.GetAsync(first, "identity");

        using var response = await _wire.GetAsync(second, "identity");

        Assert.NotNull(response.Headers.Age);
    }

    [Fact]
    public async Task EachSearchIsCachedUnderItsOwnQuery()
    {
        using var _ = await _wire.GetAsync("/search?q=rooms", "identity");

        using var other = await _wire.GetAsync("/search?q=trust", "identity");
        using var again = await _wire.GetAsync("/search?q=rooms", "identity");

        Assert.Null(other.Headers.Age);
        Assert.NotNull(again.Headers.Age);
    }

    [Theory]
    [InlineData("gzip, deflate", "deflate, gzip", "gzip")]
    [InlineData("br, gzip", "gzip;q=0.8, br", "br")]
    [InlineData("identity", "compress, x-made-up", "")]
    public async Task AcceptEncodingValuesThatGetTheSameEncodingShareOneEntry(string first, string second, string encoding)
    {
        using var _ = await _wire.GetAsync("/reflective-practice/organisational", first);

        using var response = await _wire.GetAsync("/reflective-practice/organisational", second);

        Assert.NotNull(response.Headers.Age);
        Assert.Equal(encoding, string.Join(",", response.Content.Headers.ContentEncoding));
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/healthz")]
    [InlineData("/sitemap.xml")]
    [InlineData("/print-footer/reflective-practice/team.css")]
    [InlineData("/no-such-page")]
    public async Task WhatIsNotAPageIsNeverOutputCached(string address)
    {
        using var _ = await _wire.GetAsync(address, "identity");

        using var response = await _wire.GetAsync(address, "identity");

        Assert.Null(response.Headers.Age);
    }

    public void Dispose()
    {
        _wire.Dispose();
        _site.Dispose();
    }
}
