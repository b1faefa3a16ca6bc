namespace InformingFutures.Web.Tests.Infrastructure;

/// <summary>
/// Path tricks sent byte for byte to the real Kestrel server. HttpClient would tidy "%2e%2e" away before
/// sending, and Kestrel itself normalises it to another page, so only a raw request shows what an attacker sees.
/// </summary>
public sealed class EncodedPathTrickTests : IDisposable
{
    private readonly ToolkitFactory _site = new RepoSiteFactory();
    private readonly Uri _address;

    public EncodedPathTrickTests()
    {
        _address = RawHttp.StartOnKestrel(_site);
    }

    [Theory]
    [InlineData("/reflective-practice/%2e%2e")]
    [InlineData("/reflective-practice/%2E%2E/%2e%2e/appsettings.json")]
    [InlineData("/reflective-practice/..%2f..%2fappsettings.json")]
    [InlineData("/reflective-practice/..%5c..%5cappsettings.json")]
    [InlineData("/reflective-practice/%252e%252e%252fappsettings.json")]
    [InlineData("/reflective-practice/./team/../../appsettings.json")]
    public async Task EncodedDotsAndSlashesGetTheNotFoundPage(string rawTarget)
    {
        var (status, body) = await SendRawAsync(rawTarget);

        Assert.Equal(404, status);
        Assert.Contains("Page not found", body);
        Assert.Contains(SourceText.CopyrightNotice, body);
        Assert.DoesNotContain("CopyrightNotice", body);
    }

    [Fact]
    public async Task AnEncodedNulByteIsRefusedByTheServerBeforeReachingTheSite()
    {
        var (status, body) = await SendRawAsync("/reflective-practice/team%00.md");

        Assert.Equal(400, status);
        Assert.DoesNotContain("CopyrightNotice", body);
    }

    [Theory]
    [InlineData("/reflective-practice/team", 200)]
    [InlineData("/sitemap.xml", 200)]
    [InlineData("/no-such-page", 404)]
    public async Task HeadGetsHeadersOnly(string target, int expected)
    {
        var (status, response) = await SendRawAsync(target, "HEAD");

        Assert.Equal(expected, status);
        Assert.EndsWith("\r\n\r\n", response);
    }

    [Fact]
    public async Task AnOverlongPathIsRefusedWith414()
    {
        var (status, _) = await SendRawAsync("/" + new string('a', 20_000));

        Assert.Equal(414, status);
    }

    private Task<(int Status, string Response)> SendRawAsync(string rawTarget, string method = "GET") =>
        RawHttp.SendAsync(_address, $"{method} {rawTarget} HTTP/1.1\r\nHost: {_address.Authority}\r\nConnection: close\r\n\r\n");

    public void Dispose() => _site.Dispose();
}
