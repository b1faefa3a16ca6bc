namespace InformingFutures.Web.Tests.Pages;

[Collection(SiteCollection.Name)]
public sealed class NotFoundTests(RepoSiteFactory site)
{
    [Theory]
    [InlineData("/no-such-section")]
    [InlineData("/reflective-practice/no-such-model")]
    [InlineData("/reflective-practice/team.md")]
    [InlineData("/reflective-practice/..%2f..%2fappsettings.json")]
    [InlineData("/reflective-practice/..%5c..%5cappsettings.json")]
    [InlineData("/appsettings.json")]
    [InlineData("/reflective-practice/team/extra")]
    [InlineData("/REFLECTIVE-PRACTICE/TEAM")]
    [InlineData("/index")]
    public async Task UnknownSlugsAndPathTricksGetTheNotFoundPageWithTheFooter(string url)
    {
        var (response, html) = await site.GetHtmlAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", html.QuerySelector("h1")?.TextContent);
        AttributionAssert.Carries(html, url);
        Assert.DoesNotContain("CopyrightNotice", await response.Content.ReadAsStringAsync()); // nothing of appsettings.json leaks
    }
}
