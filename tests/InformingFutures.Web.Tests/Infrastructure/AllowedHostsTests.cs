namespace InformingFutures.Web.Tests.Infrastructure;

/// <summary>
/// With <c>AllowedHosts</c> set, ASP.NET's host filtering refuses another host with an empty 400 that still carries
/// the security headers, while the liveness and readiness probes answer whatever host a Kubernetes probe names;
/// requests that Kestrel itself refuses carry no body at all.
/// </summary>
public sealed class AllowedHostsTests : IDisposable
{
    private readonly ToolkitFactory _site = new(TestPaths.RepoContent, configure: b => b
        .UseSetting("Site:PublicUrl", RepoSiteFactory.PublicUrl)
        .UseSetting("AllowedHosts", "toolkit.example.org"));

    private readonly Uri _address;

    public AllowedHostsTests() => _address = RawHttp.StartOnKestrel(_site);

    [Theory]
    [InlineData("evil.example")]
    [InlineData("a..b")]
    [InlineData("10.0.0.5:8080")]
    public async Task AnotherHostGetsAnEmpty400WithTheSecurityHeaders(string host)
    {
        var (status, response) = await RawHttp.SendAsync(_address, $"GET /reflective-practice HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");

        Assert.Equal(400, status);
        Assert.Contains("Content-Security-Policy: default-src 'none'", response);
        Assert.Contains("\r\nContent-Length: 0\r\n", response);
        Assert.DoesNotContain("Models of Reflective Practice", response); // no copy of the content escapes the layout
    }

    [Theory]
    [InlineData("/healthz/live")]
    [InlineData("/healthz/ready")]
    public async Task TheProbesAnswerAKubernetesProbesHost(string path)
    {
        var (status, response) = await RawHttp.SendAsync(_address, $"GET {path} HTTP/1.1\r\nHost: 10.0.0.5:8080\r\nUser-Agent: kube-probe/1.31\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, status);
        Assert.Contains("\"status\":\"Healthy\"", response);
    }

    [Fact]
    public async Task TheAllowedHostGetsThePage()
    {
        var (status, response) = await RawHttp.SendAsync(_address, "GET /reflective-practice HTTP/1.1\r\nHost: toolkit.example.org\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, status);
        Assert.Contains(SourceText.CopyrightNotice, response);
    }

    /// <summary>
    /// Kestrel answers these before the app runs, so the app cannot add its headers (docs/security.md asks the proxy to).
    /// What it can promise is that there is nothing in them to frame, sniff or run.
    /// </summary>
    [Theory]
    [InlineData("GARBAGE\r\n\r\n", 400)]
    [InlineData("GET /{long} HTTP/1.1\r\nHost: x\r\n\r\n", 414)]
    [InlineData("GET / HTTP/1.1\r\nHost: x\r\nX-Big: {long}{long}{long}{long}{long}\r\n\r\n", 431)]
    [InlineData("GET / HTTP/3.0\r\nHost: x\r\n\r\n", 505)]
    public async Task RequestsKestrelRefusesGetAnEmptyAnswer(string request, int expected)
    {
        var (status, response) = await RawHttp.SendAsync(_address, request.Replace("{long}", new string('a', 9000)));

        Assert.Equal(expected, status);
        Assert.Contains("\r\nContent-Length: 0\r\n", response);
        Assert.EndsWith("\r\n\r\n", response);
        Assert.DoesNotContain("Content-Type", response);
    }

    public void Dispose() => _site.Dispose();
}
