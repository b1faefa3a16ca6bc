using InformingFutures.Web.Search;

namespace InformingFutures.Web.Tests.Search;

[Collection(SiteCollection.Name)]
public sealed class SearchPageTests(RepoSiteFactory site)
{
    [Fact]
    public async Task AWordFindsTheOverviewAndEveryModelEachWithALinkAndAMarkedSnippet()
    {
        var (response, html) = await site.GetHtmlAsync("/search?q=reflect");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = html.QuerySelectorAll("main ol.search-results > li");
        // The charity's resource: its overview and every model (other resources may use the word too).
        var inResource = results.Where(r => r.QuerySelector(".search-section")!.TextContent.Contains("Models of Reflective Practice", StringComparison.Ordinal));
        Assert.Equal(
            SourceText.Models.Select(m => m.Url).Append("/reflective-practice").Order(StringComparer.Ordinal),
            inResource.Select(r => r.QuerySelector("a")?.GetAttribute("href")).Order(StringComparer.Ordinal));
        Assert.All(results, r => Assert.NotNull(r.QuerySelector(".search-snippet mark")));
        Assert.Equal($"{results.Length} results for ‘reflect’", html.QuerySelector(".search-count")?.TextContent.Trim());
        Assert.Equal("reflect", html.QuerySelector("input#search-page-q")?.GetAttribute("value"));
    }

    [Fact]
    public async Task APageWhoseTitleMatchesComesFirst()
    {
        var (_, html) = await site.GetHtmlAsync("/search?q=team");

        var first = html.QuerySelector("main ol.search-results > li a");
        Assert.Equal("Team Reflective Practice", first?.TextContent.Trim());
        Assert.Equal("/reflective-practice/team", first?.GetAttribute("href"));
        Assert.True(html.QuerySelectorAll("main ol.search-results > li").Length > 1, "pages mentioning teams in their text should follow");
    }

    [Fact]
    public async Task TheSearchPageHasAFormAndIsNotIndexedBySearchEngines()
    {
        var (response, html) = await site.GetHtmlAsync("/search");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Search", html.QuerySelector("h1")?.TextContent);
        Assert.StartsWith("Search – ", html.Title);
        Assert.Equal("noindex", html.QuerySelector("head meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("Search the toolkit", html.QuerySelector("label[for=search-page-q]")?.TextContent.Trim());
        var input = html.QuerySelector("form input#search-page-q");
        Assert.Equal(("search", "q"), (input?.GetAttribute("type"), input?.GetAttribute("name")));
        Assert.NotNull(html.QuerySelector(".search-hint"));
        Assert.Null(html.QuerySelector(".search-results"));
        Assert.Equal(["Home", "Search"], html.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task NoResultsSaysSoAndSuggestsWhatToTry()
    {
        var (_, html) = await site.GetHtmlAsync("/search?q=zebra");

        Assert.Equal("No results for ‘zebra’.", html.QuerySelector(".search-none")?.TextContent.Trim());
        Assert.NotNull(html.QuerySelector(".search-suggestions a[href='/']"));
        Assert.StartsWith("Search results for ‘zebra’", html.Title);
    }

    /// <summary>
    /// A query too far from every word to be corrected by itself finds nothing, and the page offers the nearest words
    /// the content uses as a link that finds them.
    /// </summary>
    [Theory]
    [InlineData("tem", "team")]
    [InlineData("refelcitev", "reflective")]
    public async Task NothingFoundOffersTheNearestQueryThatFindsPages(string typed, string meant)
    {
        var (_, html) = await site.GetHtmlAsync("/search?q=" + Uri.EscapeDataString(typed));

        Assert.Equal($"No results for ‘{typed}’.", html.QuerySelector(".search-none")?.TextContent.Trim());
        var offer = html.QuerySelector(".search-did-you-mean");
        Assert.Equal($"Did you mean ‘{meant}’?", offer?.TextContent.Trim());
        var link = offer!.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal("?q=" + Uri.EscapeDataString(meant), link);

        var (_, followed) = await site.GetHtmlAsync("/search" + link);
        Assert.NotEmpty(followed.QuerySelectorAll("main ol.search-results > li"));
        Assert.Null(followed.QuerySelector(".search-did-you-mean"));
    }

    [Fact]
    public async Task NoSuggestionWhenNothingIsNear()
    {
        var (_, html) = await site.GetHtmlAsync("/search?q=qqqq");

        Assert.NotNull(html.QuerySelector(".search-none"));
        Assert.Null(html.QuerySelector(".search-did-you-mean"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%20%20%20")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    [InlineData("réflexion 🙂 ÄÖÜ")]
    [InlineData("!!!???")]
    [InlineData("%00")]
    [InlineData("' OR 1=1 --")]
    [InlineData("LONG")]
    public async Task HostileQueriesGetAnOrdinaryPageWithNothingOfTheQueryAsMarkup(string query)
    {
        var q = query == "LONG" ? new string('x', 5000) : query.StartsWith('%') ? query : Uri.EscapeDataString(query);
        var url = "/search?q=" + q;

        var (response, html) = await site.GetHtmlAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = html.QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll("script, img"));
        Assert.DoesNotContain(html.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        // Words such as "OR" and "1" may match real pages; either way the query is shown as text, never run.
        var answer = main.QuerySelector(".search-hint, .search-none, .search-count");
        Assert.True(answer is not null, $"{url}: no hint, no-results text or result count");
        var shown = query == "LONG" ? new string('x', SearchCatalogue.MaxQueryLength) : Uri.UnescapeDataString(query).Replace("\0", "").Trim();
        Assert.Contains(shown, answer!.TextContent);
        AttributionAssert.Carries(html, url);
    }

    [Theory]
    [InlineData("/search?q=reflect")]
    [InlineData("/search?q=team+challenges")]
    [InlineData("/search?q=zebra")]
    public async Task EverySearchPageCarriesTheAttribution(string url)
    {
        var (_, html) = await site.GetHtmlAsync(url);

        AttributionAssert.Carries(html, url);
    }

    [Fact]
    public async Task AQueryShowsAsTextInTheHeadingAndTheBox()
    {
        const string query = "<b>bold</b>";

        var (_, html) = await site.GetHtmlAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(query, html.QuerySelector("input#search-page-q")?.GetAttribute("value"));
        Assert.Contains($"‘{query}’", html.QuerySelector(".search-none")?.TextContent);
        Assert.Empty(html.QuerySelectorAll("main b"));
    }
}
