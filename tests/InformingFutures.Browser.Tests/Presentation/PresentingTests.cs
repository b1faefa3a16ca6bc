using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Presentation;

/// <summary>What a trainer expects of a deck, as reveal.js and Slidev have it: controls that get out of the way, an
/// overview, going to a slide by number, the keys in a help dialog rather than on the title slide, and one count.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PresentingTests(BrowserSite site, ITestOutputHelper output)
{
    private const string Deck = "/reflective-practice/present";

    private int Count => site.SlideCountOf(Deck);

    [BrowserFact]
    public async Task TheControlsAndCursorHideAfterThreeSecondsWithoutTheMouseAndComeBackWithIt()
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1024, Height = 768 }, BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.GotoAsync(Deck);
        Assert.Equal("1", await OpacityAsync(page));

        await page.Clock.RunForAsync(3500);
        await page.WaitForFunctionAsync("() => document.documentElement.classList.contains('idle')");
        Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).cursor"));
        await page.WaitForFunctionAsync("() => getComputedStyle(document.querySelector('.deck-controls')).opacity === '0'", null, new() { Timeout = 10_000 });

        await page.Mouse.MoveAsync(500, 400);
        await page.WaitForFunctionAsync("() => !document.documentElement.classList.contains('idle')");
        // Each control's own words (the PDF link's facts and whose slides they are are for screen readers and its tooltip).
        Assert.Equal(["Back", "Presenter view", "Download PDF", "All slides", "Keys", "Previous", "Next"],
            await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.deck-controls :is(a, button)')].map(e => e.childNodes[0].textContent.trim())"));
        Assert.Equal("Back to the page", await page.InnerTextAsync(".deck-exit")); // "Back" alone only where the bar is narrow
        await context.CloseAsync();
    }

    [BrowserFact]
    public async Task TheOverviewShowsEverySlideAsAThumbnailAndGoesToTheOneChosenByClickOrKeys()
    {
        var page = await site.OpenAsync(Deck, 1280, 800);

        await page.Keyboard.PressAsync("o");
        var choices = page.Locator(".deck-overview[open] .deck-overview-list button");
        Assert.Equal(Count, await choices.CountAsync());
        Assert.Equal("true", await choices.Nth(0).GetAttributeAsync("aria-current"));
        // Each choice shows its slide, small, in the slide's own shape, named by its number and title alone.
        var thumbs = await page.EvaluateAsync<double[][]>("() => [...document.querySelectorAll('.deck-overview-list button')].map(b => { const r = b.querySelector('.slide').getBoundingClientRect(); return [r.width, r.width / r.height, b.querySelector('.slide h1, .slide h2') ? 1 : 0]; })");
        Assert.All(thumbs, t => Assert.InRange(t[0], 150, 400));
        Assert.All(thumbs, t => Assert.Equal(1.5, t[1], 2));
        Assert.All(thumbs, t => Assert.Equal(1, t[2]));
        var first = await page.GetAttributeAsync("#deck > .slide", "aria-label");
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = $"1. {first}", Exact = true }).CountAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => { const ids = [...document.querySelectorAll('[id]')].map(e => e.id); return ids.length - new Set(ids).size; }"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.OutputFolder, "slides", "overview-1280x800.png") });
        await choices.Nth(3).ClickAsync();
        Assert.Equal($"4 / {Count}", await page.InnerTextAsync(".deck-counter"));
        Assert.False(await page.IsVisibleAsync(".deck-overview"));

        await page.Keyboard.PressAsync("o");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal($"5 / {Count}", await page.InnerTextAsync(".deck-counter"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task ANumberTypedThenEnterGoesToThatSlide()
    {
        var page = await site.OpenAsync(Deck, 1280, 800);

        await page.Keyboard.PressAsync("6");
        Assert.Equal("Go to 6…", await page.InnerTextAsync(".deck-counter"));
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal($"6 / {Count}", await page.InnerTextAsync(".deck-counter"));
        Assert.Equal("#6", await page.EvaluateAsync<string>("() => location.hash"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task TheKeysAndPrintLinksAreInTheHelpDialogNotOnTheTitleSlide()
    {
        var page = await site.OpenAsync(Deck, 1280, 800);
        var title = await page.InnerTextAsync(".slide.is-current");
        Assert.DoesNotContain("Press", title);
        Assert.DoesNotContain("To print", title);

        await page.Keyboard.PressAsync("Shift+Slash");

        var help = page.Locator(".deck-help[open]");
        Assert.True(await help.IsVisibleAsync());
        Assert.Contains("A number, then Enter", await help.InnerTextAsync());
        var links = await help.Locator("a").AllInnerTextsAsync();
        Assert.Equal(["slide handout", "notes pages"], links.Take(2));
        Assert.StartsWith("Download PDF", Assert.Single(links.Skip(2))); // the deck's PDF, which the bar hides on small screens
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await help.IsVisibleAsync());
        Assert.Equal($"1 / {Count}", await page.InnerTextAsync(".deck-counter")); // Esc closed the dialog, not the deck
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task TheCounterThePresenterViewAndBothHandoutsCountTheSameSlides()
    {
        foreach (var deck in site.Routes.All.Where(r => r.Kind == RouteKind.Deck).Select(r => r.Path))
        {
            var count = site.SlideCountOf(deck);
            var audience = await site.OpenAsync(deck, 1280, 800);
            await audience.Keyboard.PressAsync("End");
            Assert.Equal($"{count} / {count}", await audience.InnerTextAsync(".deck-counter"));
            await audience.Context.CloseAsync();

            var presenter = await site.OpenAsync(RouteTable.PresenterPath(deck), 1280, 800);
            Assert.Equal($"1 / {count}", await presenter.InnerTextAsync(".deck-counter"));
            await presenter.Context.CloseAsync();

            foreach (var handout in new[] { RouteTable.SlideHandoutPath(deck), RouteTable.SlideNotesPath(deck) })
            {
                var sheet = await site.OpenAsync(handout, 1280, 800);
                var captions = await sheet.Locator(".handout-slide figcaption").AllInnerTextsAsync();
                Assert.Equal(Enumerable.Range(1, count).Select(n => $"Slide {n} of {count}"), captions);
                Assert.Contains("Source and terms of use", await sheet.Locator(".handout-slide").Last.InnerTextAsync());
                await sheet.Context.CloseAsync();
            }
        }
    }

    [BrowserFact]
    public async Task TheDeckTheOverviewAndTheHelpHaveNoAxeViolationsInEitherSchemeAndEveryTheme()
    {
        var failures = new List<string>();
        foreach (var (scheme, theme) in new[] { (ColorScheme.Light, "light"), (ColorScheme.Dark, "light"), (ColorScheme.Dark, "dark"), (ColorScheme.Light, "contrast") })
        {
            foreach (var (name, key) in new[] { ("deck", ""), ("overview", "o"), ("help", "Shift+Slash") })
            {
                var page = await site.OpenAsync(Deck, 1280, 800, scheme);
                await page.EvaluateAsync("theme => localStorage.setItem('toolkit-deck-theme', theme)", theme);
                await page.ReloadAsync();
                if (key.Length > 0)
                {
                    await page.Keyboard.PressAsync(key);
                    await page.WaitForSelectorAsync("dialog[open]");
                }

                var result = await page.RunAxe(PageSurvey.Options);
                failures.AddRange(result.Violations.Select(v => $"{scheme} {theme} {name}: {v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}: {v.Help}"));
                await page.Context.CloseAsync();
            }
        }

        failures.ForEach(output.WriteLine);
        Assert.Empty(failures);
    }

    private static Task<string> OpacityAsync(IPage page) => page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.deck-controls')).opacity");
}
