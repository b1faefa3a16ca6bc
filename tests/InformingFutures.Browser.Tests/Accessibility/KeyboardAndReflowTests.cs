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

    /// <summary>
    /// Every control a keyboard reaches shows the same yellow ring ("Use in a workshop" once had a thin 1 px outline),
    /// and every link and button in the header, the workshop menu, the page tools and the footer is at least 24 px
    /// tall and clear of its neighbours (WCAG 2.2 target size; links inside a sentence are exempt).
    /// </summary>
    [BrowserFact]
    public async Task EveryControlHasTheSameFocusRingAndATargetOfAtLeast24Pixels()
    {
        var page = await site.OpenAsync("/reflective-practice/team", 1280, 800);
        await page.EvaluateAsync("() => document.querySelectorAll('[data-copy], [data-copy-link]').forEach(b => b.hidden = false)");

        var summary = await TabUntilAsync(page, f => f.Text.StartsWith("Use in a workshop", StringComparison.Ordinal));
        Assert.Equal(["3px", "rgb(255, 191, 71)"], await page.EvaluateAsync<string[]>("() => { const s = getComputedStyle(document.activeElement); return [s.outlineWidth, s.backgroundColor]; }"));
        Assert.True(summary.Visible);

        await page.ClickAsync(".workshop-tools > summary");
        var small = await page.EvaluateAsync<string[]>(
            """
            () => {
                const targets = [...document.querySelectorAll('.site-header a, .site-header button, .workshop-tools a, .workshop-tools summary, .page-tools .tool, .citation ~ .tool, .footer-links a')]
                    .filter(e => e.getClientRects().length > 0);
                const boxes = targets.map(e => [e, e.getBoundingClientRect()]);
                const touching = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
                return boxes.flatMap(([e, r], i) => [
                    ...(r.height < 24 ? [`${e.textContent.trim()}: ${r.height.toFixed(1)} px tall`] : []),
                    ...boxes.slice(i + 1).filter(([, o]) => touching(r, o)).map(([o]) => `${e.textContent.trim()} touches ${o.textContent.trim()}`),
                ]);
            }
            """);
        small.ToList().ForEach(output.WriteLine);
        Assert.Empty(small);
    }

    [BrowserFact]
    public async Task SkipLinkMovesFocusToTheMainContent()
    {
        var page = await site.OpenAsync("/reflective-practice/team", 1280, 800);

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    /// <summary>A 1280 × 800 laptop zoomed to 400% is 320 × 200: the header folds behind Menu, so the page starts on the first screen.</summary>
    [BrowserFact]
    public async Task At400PercentZoomTheHeaderFoldsBehindAMenuButtonThatOpensIt()
    {
        var page = await site.OpenAsync("/reflective-practice/team", 320, 200);
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });

        var header = await page.EvaluateAsync<double>("() => document.querySelector('.site-header').getBoundingClientRect().height");
        Assert.True(header <= 100, $"the header is {header} px of the 200 px screen");
        Assert.False(await page.IsVisibleAsync("#site-search-q"));
        Assert.Equal("false", await menu.GetAttributeAsync("aria-expanded"));
        await menu.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await menu.GetAttributeAsync("aria-expanded"));
        Assert.True(await page.IsVisibleAsync("#site-search-q"));
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "About", Exact = true }).First.IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.OutputFolder, "header-400-percent-open.png") });

        // At 100% the header is as it was: no Menu button, the search and sections in view.
        await page.SetViewportSizeAsync(1280, 800);
        Assert.False(await menu.IsVisibleAsync());
        Assert.True(await page.IsVisibleAsync("#site-search-q"));
        await page.Context.CloseAsync();
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
