using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Commands;

/// <summary>
/// Search in the static export: typed into the header's box and answered from search-index.js with no server and no
/// network, by the same search.js as the site.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportSearchTests(BrowserSite site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task SearchingTheExportFromFileRanksQuotesAndOffersTheNearestWord()
    {
        var (context, outside) = await site.OfflineFileContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(StaticExport.Folder, "reflective-practice", "team", "index.html")).AbsoluteUri);

        await page.FillAsync("header input[name=q]", "rooms");
        await page.PressAsync("header input[name=q]", "Enter");
        await page.WaitForSelectorAsync("ol.search-results");

        Assert.EndsWith("/search/index.html?q=rooms", page.Url);
        var titles = await page.Locator("ol.search-results h2").AllInnerTextsAsync();
        Assert.Equal("Organisational Reflective Practice", titles[0]);
        Assert.Contains("<mark>rooms</mark>", await page.InnerHTMLAsync("ol.search-results li:first-child .search-snippet"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.OutputFolder, "export-search-rooms.png"), FullPage = true });
        Assert.Empty(await BrowserChecks.ViolationsInBothSchemesAsync(page));

        await page.ClickAsync("ol.search-results li:first-child h2 a");
        Assert.EndsWith("/reflective-practice/organisational/index.html", page.Url);

        await page.GotoAsync(new Uri(Path.Combine(StaticExport.Folder, "search", "index.html")).AbsoluteUri + "?q=zzxqvv");
        Assert.Equal("No results for ‘zzxqvv’.", await page.InnerTextAsync("main .search-none"));
        Assert.Equal(0, await page.Locator(".search-did-you-mean").CountAsync());

        await page.GotoAsync(new Uri(Path.Combine(StaticExport.Folder, "search", "index.html")).AbsoluteUri + "?q=tem");
        Assert.Equal("Did you mean ‘team’?", await page.InnerTextAsync("main .search-did-you-mean"));
        await page.ClickAsync("main .search-did-you-mean a");
        await page.WaitForSelectorAsync("ol.search-results");
        Assert.EndsWith("/search/index.html?q=team", page.Url);
        Assert.Empty(outside);
        await context.CloseAsync();
    }

    [BrowserFact]
    public async Task WithoutJavaScriptTheExportHasNoSearchBox()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(StaticExport.Folder, "index.html")).AbsoluteUri);

        Assert.False(await page.IsVisibleAsync("header input[name=q]"));
        await context.CloseAsync();
    }

    /// <summary>
    /// Search forgives: the queries a practitioner types when they mean a word the toolkit uses (a typo, a US
    /// spelling, a joined compound, two words of which one page holds only one), and a generated misspelling of every
    /// word of five letters or more the resources use, each find a page holding that word.
    /// </summary>
    [BrowserFact]
    public async Task MisspelledAndOtherwiseSpelledQueriesFindTheWord()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(StaticExport.Folder, "search", "index.html")).AbsoluteUri);
        await page.WaitForFunctionAsync("() => typeof ToolkitSearch === 'object' && window.toolkitSearchIndex");

        var report = await page.EvaluateAsync<string[]>(
            """
            () => {
                const index = window.toolkitSearchIndex;
                const holds = (page, term) => [page.title, page.summary, ...page.headings, ...page.parts].some(t => ToolkitSearch.split(t).some(w => w.term === term));
                const finds = (query, term) => ToolkitSearch.search(index, query).matches.some(m => holds(m.page, term));
                const problems = [];
                for (const [query, word] of [['reflectve', 'reflective'], ['organization', 'organisational'], ['multiagency', 'agency'], ['team culture', 'team']]) {
                    if (!finds(query, ToolkitSearch.termOf(word))) problems.push(`${query} does not find ${word}`);
                }
                const seen = new Set();
                let tried = 0;
                for (const page of index.pages.filter(p => !p.site)) {
                    for (const w of ToolkitSearch.split(page.parts.join(' '))) {
                        const word = w.form;
                        if (word.length < 5 || !/^[a-z]+$/.test(word) || seen.has(w.term)) continue;
                        seen.add(w.term);
                        const typo = tried % 2 === 0 ? word.slice(0, word.length >> 1) + word.slice((word.length >> 1) + 1) : word.slice(0, 2) + word[3] + word[2] + word.slice(4);
                        tried++;
                        if (ToolkitSearch.termOf(typo) !== w.term && !finds(typo, w.term)) problems.push(`${typo} does not find ${word}`);
                    }
                }
                return [`${tried} misspellings tried`, ...problems];
            }
            """);

        report.ToList().ForEach(output.WriteLine);
        Assert.Single(report);
        await page.Context.CloseAsync();
    }
}
