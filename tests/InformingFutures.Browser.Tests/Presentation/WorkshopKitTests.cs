using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Presentation;

/// <summary>
/// What a trainer uses around the slides: speaker notes that only the presenter sees, a presenter view whose keys
/// move the room's slides (and the other way round), slide handouts, and a QR code back to the page on paper.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkshopKitTests(BrowserSite site, ITestOutputHelper output)
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [BrowserFact]
    public async Task NotesReachThePresenterViewAndNotesPagesAndNothingElse()
    {
        var (fixture, address) = BrowserSite.StartSite(TestPaths.Fixture("notes"));
        using var _ = fixture;
        foreach (var url in new[] { "/workshop/team", "/workshop", "/workshop/handout", "/workshop/team/present", "/workshop/present", "/workshop/team/present/handout", "/search?q=sensitive", "/sitemap.xml" })
        {
            var page = await site.OpenAsync(url, 1280, 800, baseAddress: address, expectSuccess: false);
            var html = await page.ContentAsync();
            Assert.DoesNotContain("sensitive topic", html);
            Assert.DoesNotContain("shared learning", html);
            await page.Context.CloseAsync();
        }

        var notesPages = await site.OpenAsync("/workshop/team/present/notes", 1280, 800, baseAddress: address);
        Assert.Contains("sensitive topic", await notesPages.InnerTextAsync("main"));
        Assert.Equal(2, await notesPages.Locator(".note-lines").CountAsync()); // the title and source slides have no notes: lines instead
        await notesPages.Context.CloseAsync();

        var presenter = await site.OpenAsync("/workshop/team/present/presenter", 1280, 800, baseAddress: address);
        Assert.Equal("", await VisibleNotesAsync(presenter)); // the title slide has none: its title, and no filler
        await presenter.Keyboard.PressAsync("ArrowRight");
        Assert.Contains("shared learning", await VisibleNotesAsync(presenter));
        Assert.Equal("Benefits", await presenter.InnerTextAsync(".presenter-current .slide.is-current h2"));
        Assert.Equal("Challenges", await presenter.InnerTextAsync(".presenter-next .slide h2"));
        await presenter.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task KeysInEitherWindowMoveBothOverHttp()
    {
        var deck = await site.OpenAsync("/reflective-practice/present", 1280, 720);
        await AssertWindowsFollowEachOtherAsync(deck, "http");
        await deck.Context.CloseAsync();
    }

    [PrintFact]
    public async Task KeysInEitherWindowMoveBothFromTheExportOverFile()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        await context.RouteAsync(url => !url.StartsWith("file://", StringComparison.Ordinal), route => route.AbortAsync());
        var deck = await context.NewPageAsync();
        await deck.GotoAsync(new Uri(Path.Combine(StaticExport.Folder, "reflective-practice", "present", "index.html")).AbsoluteUri);

        await AssertWindowsFollowEachOtherAsync(deck, "file");

        // Opened on its own from a file, the view cannot reach the slides, and says so.
        var alone = await context.NewPageAsync();
        await alone.GotoAsync(new Uri(Path.Combine(StaticExport.Folder, "reflective-practice", "present", "presenter", "index.html")).AbsoluteUri);
        await alone.WaitForFunctionAsync("() => document.querySelector('[data-link-status]').textContent.startsWith('Not linked: from a file')", null, new() { Timeout = (float)Generous.TotalMilliseconds });
        await context.CloseAsync();
    }

    [BrowserFact]
    public async Task TheTimerRunsPausesAndResets()
    {
        // The page's clock, moved by the test: minutes pass at once, and nothing waits on the wall clock.
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, BaseURL = site.BaseAddress.ToString() });
        await context.Clock.InstallAsync();
        var presenter = await context.NewPageAsync();
        await presenter.GotoAsync("/reflective-practice/present/presenter");
        var wait = new PageWaitForFunctionOptions { Timeout = (float)Generous.TotalMilliseconds };
        await presenter.Clock.RunForAsync(2_000);
        await presenter.WaitForFunctionAsync("() => document.querySelector('.timer-elapsed').textContent !== '0:00'", null, wait);

        await presenter.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        var paused = await presenter.InnerTextAsync(".timer-elapsed");
        await presenter.Clock.RunForAsync(65_000);
        Assert.Equal(paused, await presenter.InnerTextAsync(".timer-elapsed"));

        await presenter.GetByRole(AriaRole.Button, new() { Name = "Reset" }).ClickAsync();
        Assert.Equal("0:00", await presenter.InnerTextAsync(".timer-elapsed"));
        await presenter.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await presenter.Clock.RunForAsync(2_000);
        await presenter.WaitForFunctionAsync("() => document.querySelector('.timer-elapsed').textContent !== '0:00'", null, wait);
        Assert.Matches(@"^\d\d:\d\d$", await presenter.InnerTextAsync(".clock"));
        await presenter.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.OutputFolder, "presenter-1280x800.png") });
        await presenter.Context.CloseAsync();
    }

    [QrFact]
    public async Task EveryPrintedSheetCarriesTheVersionStampAndAQrCodeOfThePage()
    {
        var today = DateTime.UtcNow.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        var failures = new List<string>();
        var printed = new (string Url, string Page)[]
        {
            ("/reflective-practice/team", "/reflective-practice/team"),
            ("/reflective-practice/handout", "/reflective-practice"),
            ("/reflective-practice/present/handout", "/reflective-practice"),
            ("/reflective-practice/team/present/notes", "/reflective-practice/team"),
        };
        foreach (var (url, pageAddress) in printed)
        {
            var page = await site.OpenAsync(url, 1280, 800);
            var pdf = Path.Combine(BrowserSite.OutputFolder, "pdf", $"stamp{url.Replace('/', '-')}-A4.pdf");
            await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4" });
            await page.Context.CloseAsync();
            var expected = RepoSiteFactory.PublicUrl + pageAddress;
            for (var sheet = 1; sheet <= PdfText.PageCount(pdf); sheet++)
            {
                var text = Regex.Replace(PdfText.Page(pdf, sheet), @"\s+", "");
                if (!text.Contains(Regex.Replace($"Printed {today} · no updates recorded · latest version: {expected}", @"\s+", ""))) failures.Add($"{url} sheet {sheet}: no version stamp");
                var codes = QrReader.Decode(QrReader.RenderSheet(pdf, sheet));
                if (!codes.SequenceEqual([expected])) failures.Add($"{url} sheet {sheet}: QR codes [{string.Join(", ", codes)}], expected {expected}");
            }

            output.WriteLine($"{url}: {PdfText.PageCount(pdf)} sheet(s) -> {pdf}");
        }

        Assert.Empty(failures);
    }

    [QrFact]
    public async Task TheLastSlideOfEveryDeckCarriesAQrCodeOfItsPage()
    {
        foreach (var deck in site.Routes.All.Where(r => r.Kind == RouteKind.Deck))
        {
            var page = await site.OpenAsync(deck.Path, 1280, 720);
            await page.Keyboard.PressAsync("End");
            var shot = Path.Combine(BrowserSite.OutputFolder, "slides", $"last{deck.Path.Replace('/', '-')}.png");
            await page.Locator(".slide.is-current").ScreenshotAsync(new LocatorScreenshotOptions { Path = shot });
            Assert.Equal([RepoSiteFactory.PublicUrl + deck.Document!.Url], QrReader.Decode(shot));
            Assert.Contains("latest version: " + RepoSiteFactory.PublicUrl + deck.Document.Url, await page.InnerTextAsync(".slide.is-current .slide-stamp"));
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task SlideHandoutsFitEverySlideWithoutClippingOnA4AndLetter()
    {
        var problems = new List<string>();
        foreach (var url in site.Routes.All.Where(r => r.Kind is RouteKind.SlideHandout or RouteKind.SlideNotes).Select(r => r.Path))
        {
            foreach (var (paper, widthPx) in new[] { ("A4", 680), ("Letter", 703) }) // printable width at 15 mm margins
            {
                var page = await site.OpenAsync(url, widthPx, 900);
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
                var cut = await page.EvaluateAsync<string[]>(
                    """
                    () => [...document.querySelectorAll('.handout-slide')].flatMap((figure, i) => {
                        const box = figure.getBoundingClientRect();
                        const slide = figure.querySelector('.slide');
                        const out = [...figure.querySelectorAll('*')].filter(e => e.getClientRects().length).filter(e => {
                            const r = e.getBoundingClientRect();
                            return r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5 || r.left < box.left - 0.5;
                        }).map(e => `slide ${i + 1}: ${e.tagName} "${e.textContent.trim().slice(0, 30)}"`);
                        if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1) out.push(`slide ${i + 1} overflows`);
                        if (box.right > document.documentElement.clientWidth + 0.5) out.push(`slide ${i + 1} is wider than the paper`);
                        return out;
                    })
                    """);
                problems.AddRange(cut.Select(c => $"{url} {paper}: {c}"));
                await page.Context.CloseAsync();
            }
        }

        Assert.Empty(problems);
    }

    private async Task AssertWindowsFollowEachOtherAsync(IPage deck, string how)
    {
        var count = site.SlideCountOf("/reflective-practice/present");
        var wait = new PageWaitForFunctionOptions { Timeout = (float)Generous.TotalMilliseconds };
        await deck.WaitForFunctionAsync($"() => document.querySelector('.deck-counter')?.textContent === '1 / {count}'", null, wait);
        var popup = deck.WaitForPopupAsync(new() { Timeout = (float)Generous.TotalMilliseconds });
        await deck.Keyboard.PressAsync("p");
        var presenter = await popup;
        await presenter.WaitForFunctionAsync("() => document.querySelector('[data-link-status]')?.textContent.startsWith('Linked')", null, wait);

        await presenter.Keyboard.PressAsync("ArrowRight");
        await deck.WaitForFunctionAsync($"() => document.querySelector('.deck-counter').textContent === '2 / {count}'", null, wait);
        await deck.Keyboard.PressAsync("ArrowRight");
        await presenter.WaitForFunctionAsync($"() => document.querySelector('.deck-counter').textContent === '3 / {count}'", null, wait);
        await deck.Keyboard.PressAsync("End");
        await presenter.WaitForFunctionAsync($"() => document.querySelector('.deck-counter').textContent === '{count} / {count}'", null, wait);
        Assert.True(await presenter.IsVisibleAsync(".presenter-end"), $"{how}: the presenter view does not say the deck has ended");
        await presenter.Keyboard.PressAsync("Home");
        await deck.WaitForFunctionAsync($"() => document.querySelector('.deck-counter').textContent === '1 / {count}'", null, wait);
        await presenter.CloseAsync();
    }

    private static Task<string> VisibleNotesAsync(IPage presenter) =>
        presenter.EvaluateAsync<string>("() => [...document.querySelectorAll('.slide-notes')].filter(n => !n.hidden).map(n => n.querySelector('h3 ~ *')?.textContent.trim()).join('|')");
}
