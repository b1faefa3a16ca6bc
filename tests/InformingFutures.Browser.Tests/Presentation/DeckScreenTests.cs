using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Presentation;

/// <summary>
/// Every deck of the repository's content and of a fixture of long slides (a 20-row table, 14 bullets under one
/// heading, long words), on the screens workshop rooms and trainers have: every slide's canvas is on the screen and
/// clear of the controls, nothing on it is cut off or runs under its attribution line or the controls, and no slide
/// had to shrink below the floor (longer ones are split on the server); and every control of the bar is on the screen
/// (320 × 200 is a 1280 × 800 laptop zoomed to 400%).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DeckScreenTests(BrowserSite site, ITestOutputHelper output)
{
    public static readonly (int Width, int Height)[] Screens =
        [(1024, 768), (800, 600), (1280, 800), (1280, 720), (1920, 1080), (3840, 2160), (768, 1024), (844, 390), (390, 844), (320, 200)];

    /// <summary>The smallest a slide's text may be shrunk to fit (slide-fit.js); beyond it the server splits the slide.</summary>
    private const double FitFloor = 0.8;

    // Shows each slide in turn, as the deck does, and measures it on the screen.
    private const string InspectEverySlide =
        """
        () => {
            const slides = [...document.querySelectorAll('#deck > .slide')];
            const controls = document.querySelector('.deck-controls').getBoundingClientRect();
            const turn = document.querySelector('.deck-turn');
            const turnBox = turn && getComputedStyle(turn).display !== 'none' ? turn.getBoundingClientRect() : null;
            const meets = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
            const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
            const name = e => `${e.tagName.toLowerCase()} "${e.textContent.trim().slice(0, 30)}"`;
            return slides.map((slide, i) => {
                slides.forEach((other, j) => other.classList.toggle('is-current', i === j));
                const box = slide.getBoundingClientRect();
                const body = slide.querySelector('.slide-body');
                const bodyBox = body.getBoundingClientRect();
                const line = slide.querySelector(':scope > .slide-attribution');
                const lineBox = line?.getBoundingClientRect();
                const problems = [];
                if (box.left < -0.5 || box.top < -0.5 || box.right > innerWidth + 0.5 || box.bottom > innerHeight + 0.5) problems.push('canvas off the screen');
                if (meets(box, controls)) problems.push('canvas under the controls');
                if (turnBox && meets(box, turnBox)) problems.push('canvas under the turn-your-phone notice');
                if (body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1) problems.push(`text overflows by ${body.scrollHeight - body.clientHeight}px`);
                if (!line && !slide.querySelector('.site-footer')) problems.push('no attribution');
                for (const e of body.querySelectorAll('*')) {
                    const r = e.getBoundingClientRect();
                    if (!shown(e) || (r.width === 0 && r.height === 0)) continue;
                    if (r.left < bodyBox.left - 1 || r.right > bodyBox.right + 1 || r.top < bodyBox.top - 1 || r.bottom > bodyBox.bottom + 1) problems.push(`cut off: ${name(e)}`);
                    if (lineBox && meets(r, lineBox)) problems.push(`over the attribution: ${name(e)}`);
                    if (meets(r, controls)) problems.push(`under the controls: ${name(e)}`);
                }
                const text = [...body.querySelectorAll('p, li, td, th')].filter(e => shown(e) && !e.closest('.slide-stamp'));
                return {
                    number: i + 1,
                    title: slide.getAttribute('aria-label'),
                    problems: [...new Set(problems)],
                    minTextPx: Math.min(...text.map(e => parseFloat(getComputedStyle(e).fontSize)), 999),
                    lineTextPx: line ? parseFloat(getComputedStyle(line).fontSize) : 999,
                    fit: parseFloat(slide.dataset.fit ?? '1'),
                };
            });
        }
        """;

    [BrowserFact]
    public async Task EverySlideOfEveryDeckFitsEveryScreen()
    {
        var (fixture, fixtureAddress) = BrowserSite.StartSite(Path.Combine(AppContext.BaseDirectory, "Fixtures", "long-slides"));
        using var _ = fixture;
        var fixtureSnapshot = fixture.Services.GetRequiredService<LiveSnapshot>().Current;
        var decks = DecksOf(site.Current).Select(path => (path, site.BaseAddress, Repository: true, Count: site.SlideCountOf(path)))
            .Concat(DecksOf(fixtureSnapshot).Select(path => (path, fixtureAddress, Repository: false, Count: BrowserSite.SlideCountOf(fixtureSnapshot, path))))
            .ToList();
        var problems = new List<string>();
        var slidesChecked = 0;
        foreach (var (width, height) in Screens)
        {
            var smallest = (Text: 999.0, Line: 999.0, Repository: 999.0);
            foreach (var (path, address, repository, count) in decks)
            {
                var page = await site.OpenAsync(path, width, height, baseAddress: address);
                var slides = await page.EvaluateAsync<SlideReport[]>(InspectEverySlide);
                Assert.Equal(count, slides.Length);
                foreach (var slide in slides)
                {
                    slidesChecked++;
                    var at = $"{path} at {width}×{height}, slide {slide.Number} ({slide.Title})";
                    problems.AddRange(slide.Problems.Select(p => $"{at}: {p}"));
                    if (slide.Fit < FitFloor)
                    {
                        problems.Add($"{at}: text shrunk to {slide.Fit:0.00}, below the floor of {FitFloor}");
                    }

                    smallest = (Math.Min(smallest.Text, slide.MinTextPx), Math.Min(smallest.Line, slide.LineTextPx), repository ? Math.Min(smallest.Repository, slide.MinTextPx) : smallest.Repository);
                }

                // The bar's controls (the Download PDF link among them, on the repository's decks) are all on the screen.
                var offScreen = await page.EvaluateAsync<string[]>(
                    "() => [...document.querySelectorAll('.deck-controls :is(a, button)')].filter(e => e.getClientRects().length > 0)" +
                    ".filter(e => { const r = e.getBoundingClientRect(); return r.left < -0.5 || r.right > innerWidth + 0.5 || r.top < -0.5 || r.bottom > innerHeight + 0.5; })" +
                    ".map(e => e.childNodes[0].textContent.trim())");
                problems.AddRange(offScreen.Select(control => $"{path} at {width}×{height}: the '{control}' control is off the screen"));

                if (width == 1024 && height == 768 && path == "/reflective-practice/present")
                {
                    await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.OutputFolder, "slides", "fit-1024x768-last.png") });
                }

                await page.Context.CloseAsync();
            }

            output.WriteLine($"{width}×{height}: smallest body text {smallest.Text:0.0} px (repository decks {smallest.Repository:0.0} px), attribution line {smallest.Line:0.0} px");
            if (width == 1024 && height == 768 && smallest.Repository < 24)
            {
                problems.Add($"1024×768: body text of the repository's decks is {smallest.Repository:0.0} px, under 24");
            }
        }

        output.WriteLine($"{decks.Count} decks, {slidesChecked} slides checked over {Screens.Length} screens");
        problems.Take(40).ToList().ForEach(output.WriteLine);
        Assert.Empty(problems);
    }

    private static IEnumerable<string> DecksOf(SiteSnapshot snapshot) => snapshot.Routes.All.Where(r => r.Kind == RouteKind.Deck).Select(r => r.Path);

    public sealed class SlideReport
    {
        public int Number { get; set; }

        public string Title { get; set; } = "";

        public string[] Problems { get; set; } = [];

        public double MinTextPx { get; set; }

        public double LineTextPx { get; set; }

        public double Fit { get; set; }
    }
}
