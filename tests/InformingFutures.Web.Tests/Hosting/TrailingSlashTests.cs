namespace InformingFutures.Web.Tests.Hosting;

/// <summary>A page has one address: with a trailing slash it is a permanent redirect to it, never a second copy.</summary>
public sealed class TrailingSlashTests : IDisposable
{
    private readonly ToolkitFactory _site = new RepoSiteFactory();
    private readonly Uri _address;

    public TrailingSlashTests() => _address = RawHttp.StartOnKestrel(_site);

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

    [Fact]
    public async Task TheHomePageKeepsItsSlash()
    {
        var (status, _) = await RawHttp.SendAsync(_address, "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, status);
    }

    public void Dispose() => _site.Dispose();
}
