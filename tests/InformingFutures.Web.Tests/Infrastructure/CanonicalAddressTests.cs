namespace InformingFutures.Web.Tests.Infrastructure;

/// <summary>
/// A page has one address (with a trailing slash it is a permanent redirect to it, never a second copy), and what is
/// not a page has none: on real Kestrel, with the requests the security probe sent.
/// </summary>
public sealed class CanonicalAddressTests : IDisposable
{
    private readonly ToolkitFactory _site = new RepoSiteFactory();
    private readonly Uri _address;

    public CanonicalAddressTests() => _address = RawHttp.StartOnKestrel(_site);

    [Theory]
    [InlineData("/reflective-practice/", "/reflective-practice")]
    [InlineData("/reflective-practice/team//", "/reflective-practice/team")]
    [InlineData("/search/?q=rooms", "/search?q=rooms")]
    [InlineData("/about/", "/about")]
    public async Task AnAddressWithATrailingSlashRedirectsToThePageOnThisSite(string asked, string location)
    {
        var (status, response) = await RawHttp.SendAsync(_address, $"GET {asked} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(301, status);
        Assert.Contains($"\r\nLocation: {location}\r\n", response);
        Assert.Contains("Content-Security-Policy: default-src 'none'", response);
    }

    [Fact]
    public async Task ARedirectReencodesAQueryHoldingBytesAHeaderCannot()
    {
        var (status, response) = await RawHttp.SendAsync(_address, "GET /reflective-practice/?\u007f HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(301, status);
        Assert.Contains("\r\nLocation: /reflective-practice?%7F", response);
    }

    /// <summary>RFC 9110: "If-None-Match: *" holds where there is no current representation, so an unknown address is its 404, never a 304.</summary>
    [Theory]
    [InlineData("/no-such-page", 404)]
    [InlineData("/reflective-practice/team", 304)]
    public async Task IfNoneMatchAnyIsA304OnlyForAPageThatExists(string path, int expected)
    {
        await RawHttp.SendAsync(_address, $"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"); // kept by the page cache

        var (status, _) = await RawHttp.SendAsync(_address, $"GET {path} HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: *\r\nConnection: close\r\n\r\n");

        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("///evil.example/")]
    [InlineData("/no-such-page/")]
    [InlineData("/reflective-practice/nope/")]
    public async Task OnlyPagesOfThisSiteAreRedirectTargets(string asked)
    {
        var (status, response) = await RawHttp.SendAsync(_address, $"GET {asked} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(404, status);
        Assert.DoesNotContain("\r\nLocation:", response);
    }

    [Theory]
    [InlineData("/accessibility/present")] // the statement is a site page: only resources have decks and handouts
    [InlineData("/accessibility/handout")]
    [InlineData("/error")]
    [InlineData("/status/500")]
    public async Task ViewsAndStatusPagesExistOnlyForRealPages(string asked)
    {
        var (status, response) = await RawHttp.SendAsync(_address, $"GET {asked} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(404, status);
        Assert.Contains("<h1>Page not found</h1>", response);
    }

    [Fact]
    public async Task TheHomePageKeepsItsSlash()
    {
        var (status, _) = await RawHttp.SendAsync(_address, "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, status);
    }

    public void Dispose() => _site.Dispose();
}
