namespace InformingFutures.Web.Tests.Infrastructure;

[Collection(SiteCollection.Name)]
public sealed class SecurityHeadersTests(RepoSiteFactory site)
{
    [Theory]
    [InlineData("/reflective-practice/team")]
    [InlineData("/no-such-page")]
    [InlineData("/healthz")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url)
    {
        var response = await site.CreatePlainClient().GetAsync(url);
        string Header(string name) => string.Join(",", response.Headers.TryGetValues(name, out var v) ? v : []);

        var csp = Header("Content-Security-Policy");
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("base-uri 'none'", csp);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.Contains("camera=()", Header("Permissions-Policy"));
        Assert.Equal("same-origin", Header("Cross-Origin-Opener-Policy"));
        Assert.Contains("max-age=31536000", Header("Strict-Transport-Security"));
        Assert.Empty(Header("Server"));
    }

    [Fact]
    public async Task StylesheetIsServedWithTheHeadersToo()
    {
        var (_, html) = await site.GetHtmlAsync("/");
        var css = html.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var response = await site.CreatePlainClient().GetAsync(css);

        Assert.True(response.IsSuccessStatusCode, css);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        Assert.Contains(".comparison-table", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DevelopmentDoesNotSendHsts()
    {
        using var development = new ToolkitFactory(TestPaths.RepoContent, "Development");

        var response = await development.CreatePlainClient().GetAsync("/");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
