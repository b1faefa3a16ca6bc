using Xunit.Abstractions;
using System.Text.RegularExpressions;

namespace InformingFutures.Browser.Tests.Print;

/// <summary>
/// "Printed &lt;date&gt;" on paper is the day it is printed. A trainer prints from the site, or from the export on a
/// USB stick, months after it was made: the browser's clock is moved on (Playwright's clock) and every sheet carries
/// that day. With scripts off, no sheet carries a date at all rather than a stale one.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintedDateTests(BrowserSite site, ITestOutputHelper output)
{
    private static readonly DateTimeOffset MonthsLater = new(2027, 6, 15, 9, 30, 0, TimeSpan.Zero);

    private static readonly string[] Printed = ["/reflective-practice/team", "/reflective-practice/handout", "/reflective-practice/present/handout"];

    [PrintFact]
    public async Task FromTheSiteEverySheetCarriesTheDayItIsPrinted()
    {
        foreach (var path in Printed)
        {
            await AssertEverySheetSaysAsync(new Uri(site.BaseAddress, path), "site", javaScript: true, "Printed 15 June 2027 · ");
        }
    }

    [PrintFact]
    public async Task FromTheExportEverySheetCarriesTheDayItIsPrinted()
    {
        foreach (var path in Printed)
        {
            await AssertEverySheetSaysAsync(new Uri(Path.Combine(StaticExport.Folder, path.TrimStart('/'), "index.html")), "export", javaScript: true, "Printed 15 June 2027 · ");
        }
    }

    [PrintFact]
    public async Task WithScriptsOffNoSheetCarriesADate()
    {
        foreach (var path in Printed)
        {
            await AssertEverySheetSaysAsync(new Uri(site.BaseAddress, path), "site-noscript", javaScript: false, expected: null);
            await AssertEverySheetSaysAsync(new Uri(Path.Combine(StaticExport.Folder, path.TrimStart('/'), "index.html")), "export-noscript", javaScript: false, expected: null);
        }
    }

    private async Task AssertEverySheetSaysAsync(Uri address, string from, bool javaScript, string? expected)
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, JavaScriptEnabled = javaScript });
        try
        {
            var page = await context.NewPageAsync();
            await page.Clock.InstallAsync(new() { TimeDate = MonthsLater.UtcDateTime });
            await page.GotoAsync(address.AbsoluteUri);
            var pdf = Path.Combine(BrowserSite.OutputFolder, "pdf", $"printed-date-{from}{address.AbsolutePath.Replace("/index.html", "").Split("/reflective-practice")[^1].Replace('/', '-')}.pdf");
            await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4" });
            var sheets = PdfText.PageCount(pdf);
            for (var sheet = 1; sheet <= sheets; sheet++)
            {
                var text = Regex.Replace(PdfText.Page(pdf, sheet), @"\s+", " ");
                if (expected is null)
                {
                    Assert.DoesNotMatch(@"Printed \d", text);
                    Assert.DoesNotContain("Accessed", text);
                }
                else
                {
                    Assert.True(text.Contains(expected, StringComparison.Ordinal), $"{address} sheet {sheet} of {sheets} lacks '{expected}': {text[^Math.Min(400, text.Length)..]}");
                }
            }

            output.WriteLine($"{address}: {sheets} sheet(s), {(expected ?? "no date")} -> {pdf}");
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
