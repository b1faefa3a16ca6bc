using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Print;

[Collection(BrowserCollection.Name)]
public sealed partial class PrintedPagesTests(BrowserSite site, ITestOutputHelper output)
{
    // Printable width at the CSS margins (15mm each side) in CSS pixels (96 per inch).
    private static readonly (string Format, double PrintableWidthPx)[] Papers = [("A4", (210 - 30) / 25.4 * 96), ("Letter", (215.9 - 30) / 25.4 * 96)];

    [GeneratedRegex(@"Page (\d+) of (\d+)")]
    private static partial Regex PageNumber();

    /// <summary>
    /// Every listed page but the decks, which print one slide a sheet and are checked with the slides, and presenter
    /// views, which are for the trainer's screen. Slide handouts and notes pages share one template: one of each, for
    /// a section's deck and for a page's, is enough.
    /// </summary>
    private IEnumerable<string> PrintedUrls => site.Routes.Listed
        .Where(r => r.Kind is not (RouteKind.Deck or RouteKind.Presenter))
        .DistinctBy(r => r.Kind is RouteKind.SlideHandout or RouteKind.SlideNotes ? $"{r.Kind} {r.Document?.IsSectionOverview}" : r.Path)
        .Select(r => r.Path);

    [PrintFact]
    public async Task EverySheetOfEveryPrintedPageCarriesTheNoticeWebsiteAddressAndPageNumber()
    {
        var failures = new List<string>();
        foreach (var (format, _) in Papers)
        {
            foreach (var url in PrintedUrls)
            {
                var pdf = await PrintAsync(url, format);
                var sheets = PdfText.PageCount(pdf);
                output.WriteLine($"{format} {url}: {sheets} sheet(s) -> {pdf}");
                for (var sheet = 1; sheet <= sheets; sheet++)
                {
                    var text = Regex.Replace(PdfText.Page(pdf, sheet), @"\s+", " ");
                    if (!text.Contains("Copyright© 2020. Informing Futures is a 1625 Independent People project.")) failures.Add($"{format} {url} sheet {sheet}: no notice");
                    if (!text.Contains("www.informingfutures.co.uk")) failures.Add($"{format} {url} sheet {sheet}: no website address");
                    if (!text.Contains($"{RepoSiteFactory.PublicUrl}{url}")) failures.Add($"{format} {url} sheet {sheet}: no page address");
                    if (text.Contains(site.BaseAddress.Authority)) failures.Add($"{format} {url} sheet {sheet}: the request's host is printed");
                    if (PageNumber().Match(text) is not { Success: true } m || m.Groups[1].Value != sheet.ToString() || m.Groups[2].Value != sheets.ToString())
                    {
                        failures.Add($"{format} {url} sheet {sheet}: no 'Page {sheet} of {sheets}'");
                    }
                }
            }
        }

        Assert.Empty(failures);
    }

    /// <summary>
    /// With the README's run command (no public address) a sheet names the Informing Futures website once, and the page
    /// by its title and path, so a reader holding it can find the page again.
    /// </summary>
    [PrintFact]
    public async Task WithoutAPublicAddressEverySheetNamesThePageByTitleAndPathAndTheWebsiteOnce()
    {
        var (plain, address) = BrowserSite.StartSite(TestPaths.RepoContent);
        using var _ = plain;
        var page = await site.OpenAsync("/reflective-practice/organisational", 1280, 900, baseAddress: address);
        var path = Path.Combine(BrowserSite.OutputFolder, "pdf", "organisational-without-public-address-A4.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = path, Format = "A4", PrintBackground = true });
        await page.Context.CloseAsync();

        var sheets = PdfText.PageCount(path);
        output.WriteLine($"{sheets} sheet(s) -> {path}");
        for (var sheet = 1; sheet <= sheets; sheet++)
        {
            var text = Regex.Replace(PdfText.Page(path, sheet), @"\s+", " ");
            output.WriteLine(text[^Math.Min(400, text.Length)..]);
            Assert.Contains("latest version: Organisational Reflective Practice (/reflective-practice/organisational), Informing Futures toolkit", text);
            if (sheet < sheets)
            {
                Assert.Single(Regex.Matches(text, "www.informingfutures.co.uk")); // the last sheet also holds the page's own footer
            }
        }
    }

    [PrintFact]
    public async Task PrintoutsDropNavigationAndKeepTheFullNoticeOnce()
    {
        var pdf = await PrintAsync("/reflective-practice/team", "A4");
        var text = Regex.Replace(string.Concat(Enumerable.Range(1, PdfText.PageCount(pdf)).Select(p => PdfText.Page(pdf, p))), @"\s+", " ");

        Assert.Contains(Regex.Replace(SourceText.CopyrightNotice, @"\s+", " "), text);
        Assert.DoesNotContain("Skip to main content", text);
        Assert.DoesNotContain("Present", text);
        Assert.DoesNotContain("Print this page", text);
        Assert.DoesNotContain("Home › ", text);
        // The resource's name, then the page's title: a printed model page makes sense on its own.
        Assert.StartsWith("Models of Reflective Practice Team Reflective Practice Reflective practice within one team", text.Trim());
        Assert.DoesNotContain("Use in a workshop", text);
        Assert.DoesNotContain("Copy link", text);
    }

    [PrintFact]
    public async Task ExternalLinksPrintTheirAddress()
    {
        var pdf = await PrintAsync("/about", "A4");
        var text = Regex.Replace(PdfText.Page(pdf, 1), @"\s+", " ");

        Assert.Contains("www.informingfutures.co.uk (http://www.informingfutures.co.uk)", text);
    }

    [BrowserFact]
    public async Task NothingIsWiderThanThePrintableArea()
    {
        var failures = new List<string>();
        foreach (var (format, width) in Papers)
        {
            foreach (var url in PrintedUrls)
            {
                var page = await site.OpenAsync(url, (int)Math.Floor(width), 1000);
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
                var wide = await page.EvaluateAsync<string[]>(
                    """
                    () => [...document.body.querySelectorAll('*')]
                        .filter(e => e.getClientRects().length > 0)
                        .filter(e => { const r = e.getBoundingClientRect(); return r.right > document.documentElement.clientWidth + 0.5 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible'; })
                        .map(e => e.tagName + '.' + e.className)
                    """);
                failures.AddRange(wide.Select(w => $"{format} {url}: {w}"));
                var thead = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.comparison-table thead') ?? document.body).display");
                if (site.Routes.Find(url) is { Kind: RouteKind.Overview or RouteKind.Handout, Document.Meta.IsSitePage: false })
                {
                    Assert.Equal("table-header-group", thead);
                }

                await page.Context.CloseAsync();
            }
        }

        Assert.Empty(failures);
    }

    [PrintFact]
    public async Task SourceText_PrintedHandoutHoldsEveryBenefitAndChallengeOfTheCharitysTextExactlyOnce()
    {
        var page = await site.OpenAsync("/reflective-practice/handout", 1280, 900);
        var text = await page.InnerTextAsync("body");
        foreach (var model in SourceText.Models)
        {
            Assert.Single(Regex.Matches(text, Regex.Escape(model.Benefits)));
            Assert.Single(Regex.Matches(text, Regex.Escape(model.Challenges)));
        }

        Assert.Single(Regex.Matches(text, Regex.Escape(SourceText.Introduction)));
        var pdf = await PrintAsync("/reflective-practice/handout", "A4");
        output.WriteLine($"Handout on A4: {PdfText.PageCount(pdf)} side(s)");
        Assert.True(PdfText.PageCount(pdf) <= 2, "the handout should fit on at most two A4 sides");
    }

    private async Task<string> PrintAsync(string url, string format)
    {
        var page = await site.OpenAsync(url, 1280, 900);
        var name = (url == "/" ? "home" : url.Trim('/').Replace('/', '-')) + $"-{format}.pdf";
        var path = Path.Combine(BrowserSite.OutputFolder, "pdf", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.PdfAsync(new PagePdfOptions { Path = path, Format = format, PrintBackground = true });
        await page.Context.CloseAsync();
        return path;
    }
}
