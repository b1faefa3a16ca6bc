namespace InformingFutures.Web.Tests.Infrastructure;

/// <summary>
/// Pages are kept by the output cache once per content version, day and encoding, under their address alone, so
/// made-up addresses and query strings cannot multiply them: on real Kestrel, as a probe would find it. An answer
/// from the cache shows as an <c>Age</c> header.
/// </summary>
public sealed class PageCacheTests : IDisposable
{
    private static readonly string[] ModelPages = ["/reflective-practice/team", "/reflective-practice/organisational", "/reflective-practice/multi-agency"];

    private readonly ToolkitFactory _site = new RepoSiteFactory();
    private readonly WireClient _wire;

    public PageCacheTests() => _wire = new WireClient(_site);

    [Fact]
    public async Task AFloodOfUniqueAddressesAndQueriesLeavesThePagesKept()
    {
        foreach (var page in ModelPages)
        {
            using var warm = await _wire.GetAsync(page, "identity");
        }

        using (var missing = await _wire.GetAsync("/no-such-page", "identity"))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        // 600 addresses nobody asked for before: static files, pages and searches with made-up query strings,
        // unique searches, and unknown addresses of every shape.
        var flood = Enumerable.Range(0, 600).Select(n => (n % 12) switch
        {
            < 3 => $"/_framework/blazor.web.js?e={n}",
            3 => $"/site.css?e={n}",
            4 => $"/reflective-practice/team?utm_source={n}",
            5 or 6 => $"/search?q={n}",
            7 => $"/search?q=rooms+{n}&page={n}",
            8 => $"/reflective-practice/{n}",
            9 => $"/{n}/{n}/present",
            _ => $"/made-up-{n}",
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
    public async Task BlazorsFrameworkScriptIsNotServedBecauseNoPageUsesIt()
    {
        using var response = await _wire.GetAsync("/_framework/blazor.web.js", "identity");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/reflective-practice/team?utm_source=a", "/reflective-practice/team?utm_source=b")]
    [InlineData("/reflective-practice/team", "/reflective-practice/team?e=1&f=2")]
    [InlineData("/search?page=1", "/search?page=2")]
    public async Task UnknownQueryKeysGetTheStoredPage(string first, string second)
    {
        using var _ = await _wire.GetAsync(first, "identity");

        using var response = await _wire.GetAsync(second, "identity");

        Assert.NotNull(response.Headers.Age);
    }

    /// <summary>Every search is the one search page, answered in the browser: kept once, whatever the query.</summary>
    [Fact]
    public async Task EverySearchIsTheOneKeptSearchPageWithNothingOfTheQueryInIt()
    {
        using var first = await _wire.GetAsync("/search?q=rooms", "identity");
        using var another = await _wire.GetAsync("/search?q=zzsearch+trust", "identity");
        var html = await HttpBodies.DecodedAsync(another);

        Assert.Equal(HttpStatusCode.OK, another.StatusCode);
        Assert.NotNull(another.Headers.Age);
        Assert.Contains("<title>Search – ", html);
        Assert.DoesNotContain("zzsearch", html);
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

    [Fact]
    public async Task EveryUnknownAddressGetsTheOneNotFoundPageRenderedOnce()
    {
        using var first = await _wire.GetAsync("/reflective-practice/no-such-model", "identity");
        using var second = await _wire.GetAsync("/elsewhere/entirely?x=1", "identity");

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        var html = await second.Content.ReadAsStringAsync();
        Assert.Equal(await first.Content.ReadAsStringAsync(), html);
        Assert.Contains("Page not found", html);
        Assert.DoesNotContain("Request ID", html); // one page for every visitor, so it names nobody's request
    }

    [Theory]
    [InlineData("/site.css")]
    [InlineData("/healthz")]
    [InlineData("/sitemap.xml")]
    public async Task WhatIsNotAPageIsNeverKept(string address)
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
