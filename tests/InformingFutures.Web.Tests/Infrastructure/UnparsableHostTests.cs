namespace InformingFutures.Web.Tests.Infrastructure;

/// <summary>
/// Whatever the Host header holds, or without one, the answer is a normal page (or a 4xx) with the security headers:
/// the site never builds an address from the request, and nothing else may fail on it.
/// </summary>
public sealed class UnparsableHostTests : IDisposable
{
    private readonly ToolkitFactory _site = new RepoSiteFactory();
    private readonly Uri _address;

    public UnparsableHostTests() => _address = RawHttp.StartOnKestrel(_site);

    public static TheoryData<string> Hosts() => ["a..b", ".a", "a~b", "a:99999", new string('a', 300)];

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task AnUnparsableHostGetsThePageWithItsSecurityHeaders(string host)
    {
        var (status, response) = await RawHttp.SendAsync(_address, $"GET /reflective-practice/team HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");

        Assert.True(status is 200 or 400, $"{host}: {status}");
        Assert.Contains("Content-Security-Policy: default-src 'none'", response);
        if (status == 200)
        {
            Assert.Contains(SourceText.CopyrightNotice, response);
        }
    }

    [Theory]
    [InlineData("GET", 200)]
    [InlineData("HEAD", 200)]
    [InlineData("OPTIONS", 405)] // HAProxy's default health check
    public async Task AnHttp10RequestWithoutAHostGetsAnAnswerWithTheSecurityHeaders(string method, int expected)
    {
        var (status, response) = await RawHttp.SendAsync(_address, $"{method} / HTTP/1.0\r\n\r\n");

        Assert.Equal(expected, status);
        Assert.Contains("Content-Security-Policy: default-src 'none'", response);
    }

    public void Dispose() => _site.Dispose();
}
