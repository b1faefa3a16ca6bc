using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class OverviewInBrowserTests(BrowserSite site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task OverviewRendersOnALaptopWithTheComparisonAndFooter()
    {
        var page = await site.OpenAsync("/reflective-practice", 1280, 800);

        Assert.Equal("Models of Reflective Practice", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(3, await page.Locator(".comparison-table tbody tr").CountAsync());
        Assert.True(await page.Locator($"footer a[href='{SourceText.WebsiteUrl}']").IsVisibleAsync());
        Assert.Contains(SourceText.CopyrightNotice, await page.Locator("footer").InnerTextAsync());
        Assert.True(await BodyFontSizeAsync(page) >= 18, "body text is smaller than 18px");
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Print this page" }).IsVisibleAsync(), "no Print button");
        await SaveScreenshotAsync(page, "overview-1280x800.png");
    }

    [BrowserFact]
    public async Task OverviewInTheDarkSchemeUsesDarkColours()
    {
        var page = await site.OpenAsync("/reflective-practice", 1280, 800, ColorScheme.Dark);

        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(18, 20, 23)", background);
        await SaveScreenshotAsync(page, "overview-1280x800-dark.png");
    }

    [BrowserFact]
    public async Task OverviewOnAPhoneNeedsNoSidewaysScrollingAndClipsNothing()
    {
        var page = await site.OpenAsync("/reflective-practice", 390, 844);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"page is {overflow}px wider than a 390px phone");
        var clipped = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('.comparison-table tbody th, .comparison-table td, main p, main a')]
                .filter(e => { const r = e.getBoundingClientRect(); return r.right > window.innerWidth + 0.5 || r.left < -0.5 || e.scrollWidth > e.clientWidth + 1; })
                .map(e => e.tagName + ': ' + e.textContent.slice(0, 40))
            """);
        Assert.Empty(clipped);
        foreach (var model in SourceText.Models)
        {
            Assert.True(await page.GetByText(model.Challenges).IsVisibleAsync(), $"{model.Title} challenges not visible");
        }

        await SaveScreenshotAsync(page, "overview-390x844.png");
    }

    private static Task<double> BodyFontSizeAsync(IPage page) =>
        page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)");

    private async Task SaveScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(BrowserSite.OutputFolder, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"Screenshot: {path}");
    }
}
