using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Accessibility;

[Collection(BrowserCollection.Name)]
public sealed class KeyboardAndReflowTests(BrowserSite site, ITestOutputHelper output)
{
    private const string FocusState =
        """
        () => {
            const e = document.activeElement;
            const s = getComputedStyle(e);
            return {
                text: (e.innerText || e.value || e.getAttribute('aria-label') || '').trim(),
                href: e.getAttribute('href') || '',
                visible: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 || s.boxShadow !== 'none',
                index: [...document.querySelectorAll('*')].indexOf(e),
            };
        }
        """;

    [BrowserFact]
    public async Task KeyboardOnlyReaderGoesFromSkipLinkToAModelAndOnToTheFooter()
    {
        var page = await site.OpenAsync("/reflective-practice", 1280, 800);

        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<Focus>(FocusState);
        Assert.Equal("Skip to main content", first.Text);
        Assert.True(first.Visible, "the skip link has no visible focus");

        await TabUntilAsync(page, f => f.Text == "Team Reflective Practice");
        // Wait for the navigation from before the key is pressed: waiting after it raced with a navigation that had
        // already begun, and then waited for a second one that never came (about one run in four).
        var committed = page.WaitForURLAsync("**/reflective-practice/team", new() { WaitUntil = WaitUntilState.Commit, Timeout = 120_000 });
        await page.Keyboard.PressAsync("Enter");
        await committed;
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = 120_000 });

        var footer = await TabUntilAsync(page, f => f.Href == SourceText.WebsiteUrl);
        Assert.Equal("www.informingfutures.co.uk", footer.Text);
    }

    [BrowserFact]
    public async Task SkipLinkMovesFocusToTheMainContent()
    {
        var page = await site.OpenAsync("/reflective-practice/team", 1280, 800);

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [BrowserFact]
    public async Task NoRouteNeedsSidewaysScrollingAt320PixelsOr400PercentZoom()
    {
        var failures = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var reports = await PageSurvey.OfAsync(site, scheme);
            failures.AddRange(reports.Where(r => r.OverflowAt320 > 0).Select(r => $"{scheme} {r.Url}: {r.OverflowAt320}px too wide"));
        }

        output.WriteLine($"checked {site.PageAddresses.Count} routes at 320px in both schemes");
        Assert.Empty(failures);
    }

    /// <summary>Tabs forward until <paramref name="target"/> has focus, checking each stop is visible and in reading order.</summary>
    private static async Task<Focus> TabUntilAsync(IPage page, Func<Focus, bool> target)
    {
        var last = -1;
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<Focus>(FocusState);
            Assert.True(focus.Visible, $"no visible focus on '{focus.Text}'");
            Assert.True(focus.Index > last, $"focus went backwards to '{focus.Text}'");
            last = focus.Index;
            if (target(focus))
            {
                return focus;
            }
        }

        throw new Xunit.Sdk.XunitException("target never received focus");
    }

    public sealed class Focus
    {
        public string Text { get; set; } = "";

        public string Href { get; set; } = "";

        public bool Visible { get; set; }

        public int Index { get; set; }
    }
}
