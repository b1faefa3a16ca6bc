using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Presentation;

[Collection(BrowserCollection.Name)]
public sealed class DeckTests(BrowserSite site, ITestOutputHelper output)
{
    // Measured in the page: overflow of the current slide, cut-off elements, text sizes and contrast.
    private const string InspectCurrentSlide =
        """
        () => {
            const slide = document.querySelector('.slide.is-current');
            const box = slide.getBoundingClientRect();
            const lum = c => { const [r, g, b] = c.match(/[\d.]+/g).slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const bg = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (!/^rgba\(.*, 0\)$/.test(c) && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; };
            const texts = [...slide.querySelectorAll('p, li, h1, h2, h3, a')].filter(e => e.getClientRects().length);
            const cut = [...slide.querySelectorAll('*')].filter(e => e.getClientRects().length).filter(e => { const r = e.getBoundingClientRect(); return r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5 || r.left < box.left - 0.5 || r.top < box.top - 0.5; }).map(e => e.tagName + ' ' + e.textContent.slice(0, 30));
            const body = [...slide.querySelectorAll('.slide-body p, .slide-body li')].filter(e => !e.closest('.site-footer, .slide-stamp') && !e.classList.contains('slide-hint'));
            const contrast = texts.map(e => { const a = lum(getComputedStyle(e).color), b = lum(bg(e)); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); });
            const attribution = slide.querySelector('.slide-attribution, .site-footer');
            return {
                overflow: slide.querySelector('.slide-body').scrollHeight - slide.querySelector('.slide-body').clientHeight - 1,
                pageOverflow: document.documentElement.scrollHeight - innerHeight,
                cut,
                minBodyPx: Math.min(...body.map(e => parseFloat(getComputedStyle(e).fontSize)), 999),
                minContrast: Math.min(...contrast, 99),
                attribution: attribution ? attribution.innerText : '',
                attributionVisible: !!attribution && attribution.getBoundingClientRect().bottom <= box.bottom && getComputedStyle(attribution).visibility === 'visible',
                counter: document.querySelector('.deck-counter').textContent,
                hiddenByControls: !!attribution && (() => { const a = attribution.getBoundingClientRect(), c = document.querySelector('.deck-controls').getBoundingClientRect(); return a.left < c.right && c.left < a.right && a.top < c.bottom && c.top < a.bottom; })(),
            };
        }
        """;

    [BrowserFact]
    public Task SectionDeckFitsEverySlideAt1280x720() => StepThroughAsync("/reflective-practice/present", 1280, 720, screenshots: true);

    [BrowserFact]
    public Task SectionDeckFitsEverySlideAt1024x768() => StepThroughAsync("/reflective-practice/present", 1024, 768, screenshots: true);

    [BrowserFact]
    public Task SectionDeckFitsAndKeepsContrastInTheDarkTheme() => StepThroughAsync("/reflective-practice/present", 1280, 720, screenshots: true, ColorScheme.Dark, "dark");

    [BrowserFact]
    public Task SectionDeckFitsAndKeepsContrastInTheHighContrastTheme() => StepThroughAsync("/reflective-practice/present", 1024, 768, screenshots: true, ColorScheme.Dark, "contrast");

    /// <summary>
    /// A trainer's laptop in dark mode still projects light slides (a lit room washes out light on dark); the
    /// presenter chooses dark or high contrast with T or in the Keys dialog, the presenter view follows, and the
    /// choice is remembered. The projected last slide states the terms and no printed date.
    /// </summary>
    [BrowserFact]
    public async Task OnADarkModeLaptopTheDeckIsLightUntilThePresenterChooses()
    {
        var page = await site.OpenAsync("/reflective-practice/present", 1024, 768, ColorScheme.Dark);
        var presenter = await page.Context.NewPageAsync();
        await presenter.GotoAsync("/reflective-practice/present/presenter");
        async Task ShowsAsync(string theme, string background)
        {
            await page.WaitForFunctionAsync($"() => document.documentElement.dataset.theme === '{theme}'");
            Assert.Equal(background, await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.slide.is-current')).backgroundColor"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.OutputFolder, "slides", $"theme-{theme}-1024x768.png") });
            await presenter.WaitForFunctionAsync($"() => document.documentElement.dataset.theme === '{theme}'");
        }

        await ShowsAsync("light", "rgb(255, 255, 255)");
        await page.Keyboard.PressAsync("t");
        await ShowsAsync("dark", "rgb(18, 20, 23)");
        await page.ReloadAsync();
        await ShowsAsync("dark", "rgb(18, 20, 23)"); // remembered
        await page.Keyboard.PressAsync("Shift+Slash");
        await page.GetByRole(AriaRole.Button, new() { Name = "High contrast" }).ClickAsync();
        await ShowsAsync("contrast", "rgb(0, 0, 0)");
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "High contrast" }).GetAttributeAsync("aria-pressed"));

        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("End");
        var last = await page.Locator(".slide.is-current").InnerTextAsync();
        Assert.Contains("You may not sell this work", last);
        Assert.DoesNotContain("Printed ", last);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public Task ModelDeckSplitsAtItsSections() => StepThroughAsync("/reflective-practice/multi-agency/present", 1280, 720, screenshots: true);

    [BrowserFact]
    public async Task ClickerAndKeyboardKeysMoveBlankAndLeave()
    {
        var page = await site.OpenAsync("/reflective-practice/present", 1280, 720);
        await page.Context.SetOfflineAsync(true); // a venue without a network: the loaded deck must carry on

        await page.Keyboard.PressAsync("PageDown");
        Assert.Equal("#2", await HashAsync(page));
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("#4", await HashAsync(page));
        await page.Keyboard.PressAsync("PageUp");
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal("#1", await HashAsync(page));
        await page.Keyboard.PressAsync("End");
        var count = site.SlideCountOf("/reflective-practice/present");
        Assert.Equal($"{count} / {count}", await page.InnerTextAsync(".deck-counter"));
        await page.Keyboard.PressAsync("Home");
        Assert.Equal($"1 / {count}", await page.InnerTextAsync(".deck-counter"));

        await page.Keyboard.PressAsync("b");
        Assert.True(await page.IsVisibleAsync(".deck-blank"));
        await page.Keyboard.PressAsync(".");
        Assert.False(await page.IsVisibleAsync(".deck-blank"));

        // Entering and leaving full screen finish after the key press returns: wait for each, generously.
        await page.Keyboard.PressAsync("f");
        await page.WaitForFunctionAsync("() => document.fullscreenElement !== null", null, new() { Timeout = 30_000 });
        await page.Keyboard.PressAsync("f");
        await page.WaitForFunctionAsync("() => document.fullscreenElement === null", null, new() { Timeout = 30_000 });

        await page.Context.SetOfflineAsync(false);
        await page.GotoAsync("/reflective-practice/present#3");
        await page.ReloadAsync();
        Assert.Equal($"3 / {count}", await page.InnerTextAsync(".deck-counter"));

        await page.Keyboard.PressAsync("Escape");
        await page.WaitForFunctionAsync("() => location.pathname === '/reflective-practice' && document.readyState === 'complete'");
        Assert.Equal("Models of Reflective Practice", await page.InnerTextAsync("h1"));
    }

    [BrowserFact]
    public async Task WithoutJavaScriptSlidesStackEachOnItsCanvas()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 1280, Height = 720 },
            BaseURL = site.BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/reflective-practice/present");

        var slides = await page.EvaluateAsync<double[][]>("() => [...document.querySelectorAll('.slide')].map(s => [s.getBoundingClientRect().width / s.getBoundingClientRect().height, s.querySelector('.slide-body').scrollHeight - s.querySelector('.slide-body').clientHeight])");
        var count = site.SlideCountOf("/reflective-practice/present");
        Assert.Equal(count, slides.Length);
        Assert.All(slides, s => Assert.Equal(1.5, s[0], 2));
        Assert.All(slides, s => Assert.True(s[1] <= 1, "a slide overflows"));
        Assert.Equal(count, await page.Locator(".slide .slide-attribution, .slide .site-footer").CountAsync());
        await context.CloseAsync();
    }

    [BrowserFact]
    public async Task EveryPageLinksToItsPresentation()
    {
        var decks = site.Routes.All.Where(r => r.Kind == RouteKind.Deck).Select(r => (Url: r.Document!.Url, Deck: r.Path)).ToList();
        Assert.NotEmpty(decks);
        foreach (var (url, deck) in decks)
        {
            var page = await site.OpenAsync(url, 1280, 800);
            await page.GetByText("Use in a workshop").ClickAsync(); // the trainers' views are folded under one control
            await page.GetByRole(AriaRole.Link, new() { Name = "Present" }).First.ClickAsync(); // first of Present and Presenter view
            await page.WaitForFunctionAsync($"() => location.pathname === '{deck}' && location.hash === '#1'");
            await page.Context.CloseAsync();
        }
    }

    private async Task StepThroughAsync(string url, int width, int height, bool screenshots, ColorScheme scheme = ColorScheme.Light, string theme = "light")
    {
        var expectedSlides = site.SlideCountOf(url);
        var page = await site.OpenAsync(url, width, height, scheme);
        await page.EvaluateAsync("theme => localStorage.setItem('toolkit-deck-theme', theme)", theme);
        await page.ReloadAsync();
        await page.WaitForFunctionAsync($"() => document.documentElement.dataset.theme === '{theme}'");
        var problems = new List<string>();
        for (var n = 1; n <= expectedSlides; n++)
        {
            Assert.Equal($"#{n}", await HashAsync(page));
            var s = await page.EvaluateAsync<SlideReport>(InspectCurrentSlide);
            var at = $"{url} {width}x{height} slide {n}";
            if (s.Overflow > 0 || s.PageOverflow > 0) problems.Add($"{at}: overflows by {s.Overflow}/{s.PageOverflow}px");
            if (s.Cut.Length > 0) problems.Add($"{at}: cut off: {string.Join("; ", s.Cut)}");
            if (s.MinBodyPx < 24) problems.Add($"{at}: body text {s.MinBodyPx}px");
            if (s.MinContrast < 7) problems.Add($"{at}: contrast {s.MinContrast:0.0}:1");
            if (!s.AttributionVisible || !s.Attribution.Contains("Copyright© 2020") || !s.Attribution.Contains("www.informingfutures.co.uk")) problems.Add($"{at}: attribution not visible");
            if (s.HiddenByControls) problems.Add($"{at}: the slide controls cover the attribution");
            if (s.Counter != $"{n} / {expectedSlides}") problems.Add($"{at}: counter says {s.Counter}");
            if (screenshots)
            {
                var path = Path.Combine(BrowserSite.OutputFolder, "slides", $"{url.Trim('/').Replace('/', '-')}-{width}x{height}-{theme}-{n}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
                output.WriteLine(path);
            }

            await page.Keyboard.PressAsync(n % 2 == 0 ? "ArrowRight" : "PageDown");
        }

        Assert.Equal($"#{expectedSlides}", await HashAsync(page)); // the last slide stays put
        Assert.True(await page.Locator(".deck-next").IsDisabledAsync(), "Next looks ready to press on the last slide");
        Assert.False(await page.Locator(".deck-prev").IsDisabledAsync());
        problems.ForEach(output.WriteLine);
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    // page.Url learns of history.replaceState a moment late; the page itself knows at once.
    private static Task<string> HashAsync(IPage page) => page.EvaluateAsync<string>("() => location.hash");

    public sealed class SlideReport
    {
        public double Overflow { get; set; }

        public double PageOverflow { get; set; }

        public string[] Cut { get; set; } = [];

        public double MinBodyPx { get; set; }

        public double MinContrast { get; set; }

        public string Attribution { get; set; } = "";

        public bool AttributionVisible { get; set; }

        public string Counter { get; set; } = "";

        public bool HiddenByControls { get; set; }
    }
}
