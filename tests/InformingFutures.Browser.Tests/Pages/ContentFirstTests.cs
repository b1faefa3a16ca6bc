using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Pages;

/// <summary>
/// A practitioner on a phone (390×844) sees the content first: on a page of every kind the route table serves for
/// reading, the first sentence of the content starts inside the first screen. The trainers' tools are one compact
/// control that opens to list them, with no accessibility violation, light or dark.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentFirstTests(BrowserSite site, ITestOutputHelper output)
{
    private const int Width = 390;
    private const int Height = 844;

    /// <summary>The first paragraph of the page's own text: its lead (the summary) or its first paragraph.</summary>
    private const string FirstSentence = """
        () => {
            const first = [...document.querySelectorAll('main .lead, main .prose p, main .content-page p, main p')]
                .find(p => !p.closest('.page-kicker, .handout-kicker, .breadcrumbs, .page-tools, .search-form') && !p.matches('.page-kicker, .handout-kicker') && p.innerText.trim().length > 20);
            if (!first) return null;
            const box = first.getBoundingClientRect();
            return { text: first.innerText.slice(0, 60), top: box.top, lineBottom: box.top + parseFloat(getComputedStyle(first).lineHeight) };
        }
        """;

    [BrowserFact]
    public async Task OnAPhoneTheFirstSentenceOfEveryKindOfPageIsOnTheFirstScreen()
    {
        var kinds = new[] { RouteKind.Home, RouteKind.Overview, RouteKind.Page, RouteKind.About, RouteKind.Handout, RouteKind.SlideHandout, RouteKind.SlideNotes };
        var failures = new List<string>();
        foreach (var route in site.Routes.All.Where(r => kinds.Contains(r.Kind)))
        {
            var page = await site.OpenAsync(route.Path, Width, Height);
            var first = await page.EvaluateAsync<System.Text.Json.JsonElement?>(FirstSentence);
            if (first is not { ValueKind: System.Text.Json.JsonValueKind.Object } found)
            {
                failures.Add($"{route.Path}: no content paragraph");
            }
            else
            {
                var lineBottom = found.GetProperty("lineBottom").GetDouble();
                output.WriteLine($"{route.Path}: first sentence's first line ends at {lineBottom:0} px: {found.GetProperty("text").GetString()}");
                if (lineBottom > Height)
                {
                    failures.Add($"{route.Path}: the first sentence starts below the first screen ({lineBottom:0} px)");
                }
            }

            await page.Context.CloseAsync();
        }

        Assert.Empty(failures);
    }

    [BrowserFact]
    public async Task TheWorkshopToolsAreOneControlThatOpensToListThemAccessibly()
    {
        var page = await site.OpenAsync("/reflective-practice/team", Width, Height);
        var tools = page.Locator(".page-tools");
        Assert.Equal(1, await tools.Locator("details.workshop-tools").CountAsync());
        Assert.False(await page.GetByRole(AriaRole.Link, new() { Name = "Present Team Reflective Practice as slides" }).IsVisibleAsync());

        await page.Locator("details.workshop-tools > summary").ClickAsync();

        foreach (var name in new[] { "Present", "Presenter view", "Slide handout", "Notes pages" })
        {
            Assert.True(await tools.Locator("a", new() { HasTextString = name }).First.IsVisibleAsync(), $"{name} is not listed once opened");
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.OutputFolder, "workshop-tools-open-390x844.png") });
        Assert.Empty(await BrowserChecks.ViolationsInBothSchemesAsync(page));
        await page.Context.CloseAsync();
    }
}
