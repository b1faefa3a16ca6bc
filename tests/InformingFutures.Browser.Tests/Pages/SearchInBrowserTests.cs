using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Pages;

/// <summary>What a practitioner gets from the site's search box: search.js answering in the browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchInBrowserTests(BrowserSite site, ITestOutputHelper output)
{
    private async Task<IPage> SearchAsync(string query)
    {
        var page = await site.OpenAsync("/search?q=" + Uri.EscapeDataString(query), 1280, 800);
        await page.WaitForSelectorAsync("[data-search-results][aria-busy=false]");
        return page;
    }

    private static Task<IReadOnlyList<string>> TitlesAsync(IPage page) => page.Locator("ol.search-results h2").AllInnerTextsAsync();

    [BrowserFact]
    public async Task AWordFindsTheOverviewAndEveryModelEachWithALinkAndAMarkedSnippet()
    {
        var page = await SearchAsync("reflect");

        var links = await page.Locator("ol.search-results li").EvaluateAllAsync<string[][]>(
            "items => items.map(li => [li.querySelector('a').getAttribute('href'), li.querySelector('.search-section')?.textContent ?? '', li.querySelector('.search-snippet mark') ? 'marked' : ''])");
        var inResource = links.Where(l => l[1].Contains("Models of Reflective Practice", StringComparison.Ordinal)).Select(l => l[0]);
        Assert.Equal(SourceText.Models.Select(m => m.Url).Append("/reflective-practice").Order(StringComparer.Ordinal), inResource.Order(StringComparer.Ordinal));
        Assert.All(links, l => Assert.Equal("marked", l[2]));
        Assert.Equal($"{links.Length} results for ‘reflect’", await page.InnerTextAsync(".search-count"));
        Assert.Equal("reflect", await page.InputValueAsync("#search-page-q"));
        Assert.StartsWith("Search results for ‘reflect’", await page.TitleAsync());
        Assert.Empty(await BrowserChecks.ViolationsInBothSchemesAsync(page));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task APageWhoseTitleMatchesComesFirst()
    {
        var page = await SearchAsync("team");

        var titles = await TitlesAsync(page);
        Assert.Equal("Team Reflective Practice", titles[0]);
        Assert.True(titles.Count > 1, "pages mentioning teams in their text should follow");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// A question as a practitioner types it: the resource's pages come before the pages about the site, the little
    /// words are neither ranked nor marked, a page about the site is not called a resource, and a snippet never runs
    /// two sections together.
    /// </summary>
    [BrowserFact]
    public async Task AQuestionRanksTheResourcesPagesFirstAndMarksOnlyItsMeaningfulWords()
    {
        var page = await SearchAsync("how do I run reflective practice with other agencies");

        var items = await page.Locator("ol.search-results li").EvaluateAllAsync<string[][]>(
            "items => items.map(li => [li.querySelector('h2').textContent, li.querySelector('.search-section')?.textContent ?? '', [...li.querySelectorAll('mark')].map(m => m.textContent.toLowerCase()).join(' '), li.querySelector('.search-snippet').textContent])");
        items.ToList().ForEach(i => output.WriteLine(string.Join(" | ", i)));
        var sitePages = items.Select((item, i) => (item, i)).Where(p => p.item[0] is "Accessibility statement" or "About this toolkit").ToList();
        var resourcePages = items.Select((item, i) => (item, i)).Where(p => p.item[1].StartsWith("Resource: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(resourcePages);
        Assert.All(sitePages, p => Assert.True(p.i > resourcePages.Max(r => r.i), $"{p.item[0]} ranks among the resource's pages"));
        Assert.All(sitePages, p => Assert.Equal("", p.item[1]));
        Assert.All(items, i => Assert.DoesNotContain(i[2].Split(' '), word => word is "with" or "how" or "do" or "i" or "other"));
        Assert.DoesNotContain(items, i => i[3].Contains("adopted Team dynamics", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task BritishAndAmericanSpellingsAreNeverCalledTypos()
    {
        foreach (var query in new[] { "practise", "organization", "practice" })
        {
            var page = await SearchAsync(query);
            Assert.NotEmpty(await TitlesAsync(page));
            Assert.Equal(0, await page.Locator(".search-correction").CountAsync());
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task NoResultsSaysSoAndOffersOnlyTheResourcesOwnWords()
    {
        var page = await SearchAsync("zebra");
        Assert.Equal("No results for ‘zebra’.", await page.InnerTextAsync(".search-none"));
        Assert.Contains("Check the spelling.", await page.InnerTextAsync(".search-suggestions"));
        await page.Context.CloseAsync();

        page = await SearchAsync("tem");
        Assert.Equal("Did you mean ‘team’?", await page.InnerTextAsync(".search-did-you-mean"));
        await page.ClickAsync(".search-did-you-mean a");
        await page.WaitForSelectorAsync("ol.search-results");
        Assert.EndsWith("/search?q=team", page.Url);
        await page.Context.CloseAsync();

        // "service" is a word of the accessibility statement only: never offered for a resource's word.
        page = await SearchAsync("supervision");
        Assert.NotEqual("Did you mean ‘service’?", await page.Locator(".search-did-you-mean").CountAsync() > 0 ? await page.InnerTextAsync(".search-did-you-mean") : "");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task AHostileQueryShowsAsTextOnly()
    {
        const string query = "<img src=x onerror=\"window.hacked=1\"><b>bold</b>";
        var page = await SearchAsync(query);

        Assert.Equal(query, await page.InputValueAsync("#search-page-q"));
        Assert.Contains($"‘{query}’", await page.InnerTextAsync("[data-search-results]"));
        Assert.Equal(0, await page.Locator("main b, main img").CountAsync());
        Assert.StartsWith($"Search results for ‘{query}’", await page.TitleAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => 'hacked' in window"));
        await page.Context.CloseAsync();
    }

    /// <summary>A mistyped address offers the pages nearest it, and a search box, not only a link home.</summary>
    [BrowserFact]
    public async Task APageNotFoundOffersTheNearestPagesAndASearchBox()
    {
        var page = await site.OpenAsync("/reflective-practise/teams", 390, 844, expectSuccess: false);

        await page.WaitForSelectorAsync("[data-search-near-path]:not([hidden]) li");
        var offered = await page.Locator("[data-search-near-path] li a").AllInnerTextsAsync();
        Assert.Equal("Team Reflective Practice", offered[0]);
        Assert.Equal("/reflective-practice/team", await page.Locator("[data-search-near-path] li a").First.GetAttributeAsync("href"));
        Assert.True(await page.Locator("main form input[name=q]").IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.OutputFolder, "not-found-390.png"), FullPage = true });
        Assert.Empty(await BrowserChecks.ViolationsInBothSchemesAsync(page));
        await page.Context.CloseAsync();
    }
}
