namespace InformingFutures.Web.Tests.Search;

/// <summary>
/// The search page the server sends, the same for every query: its form, its scripts and the charity's notice.
/// What a query finds is search.js's work, tested in the browser (SearchInBrowserTests).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchPageTests(RepoSiteFactory site)
{
    [Fact]
    public async Task TheSearchPageHasAFormItsScriptsAndIsNotIndexedBySearchEngines()
    {
        var (response, html) = await site.GetHtmlAsync("/search");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Search", html.QuerySelector("h1")?.TextContent);
        Assert.StartsWith("Search – ", html.Title);
        Assert.Equal("noindex", html.QuerySelector("head meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("Search the toolkit", html.QuerySelector("label[for=search-page-q]")?.TextContent.Trim());
        var input = html.QuerySelector("form input#search-page-q");
        Assert.Equal(("search", "q"), (input?.GetAttribute("type"), input?.GetAttribute("name")));
        Assert.NotNull(html.QuerySelector("[data-search-results] .search-hint"));
        Assert.Contains("Search needs JavaScript", html.QuerySelector("[data-search-results] noscript")?.InnerHtml);
        Assert.Equal(["Home", "Search"], html.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim()));
        Assert.Equal(["/search-index.js", "porter2", "search"], html.QuerySelectorAll("head script[defer]").Select(s => s.GetAttribute("src")!)
            .Where(src => src.Contains("search") || src.Contains("porter2")).Select((src, i) => i == 0 ? src : src.TrimStart('/').Split('.')[0]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%20%20%20")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    [InlineData("%00")]
    [InlineData("LONG")]
    public async Task AnyQueryGetsTheOrdinarySearchPageWithTheNoticeAndNothingOfTheQuery(string query)
    {
        var q = query == "LONG" ? new string('x', 5000) : query.StartsWith('%') ? query : Uri.EscapeDataString(query);
        var url = "/search?q=" + q;

        var (response, html) = await site.GetHtmlAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(html.QuerySelectorAll("main script, main img"));
        Assert.DoesNotContain(html.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        AttributionAssert.Carries(html, url);
    }
}
