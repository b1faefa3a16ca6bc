using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Print;

/// <summary>A comparison that runs over several sheets: header row repeated, rows kept whole, every sheet attributed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LongComparisonPrintTests(BrowserSite browser, ITestOutputHelper output)
{
    [PrintFact]
    public async Task EverySheetRepeatsTheHeaderRowKeepsRowsWholeAndCarriesTheAttribution()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "long");
        var (site, address) = BrowserSite.StartSite(fixture);
        using var _ = site;
        foreach (var format in new[] { "A4", "Letter" })
        {
            var page = await browser.OpenAsync("/long", 1280, 900, baseAddress: address);
            var pdf = Path.Combine(BrowserSite.OutputFolder, "pdf", $"long-comparison-{format}.pdf");
            await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = format });
            await page.Context.CloseAsync();

            var sheets = Enumerable.Range(1, PdfText.PageCount(pdf)).Select(n => Regex.Replace(PdfText.Page(pdf, n), @"\s+", " ")).ToList();
            output.WriteLine($"{format}: {sheets.Count} sheets");
            Assert.True(sheets.Count >= 3, "the fixture should need several sheets");
            for (var n = 0; n < sheets.Count; n++)
            {
                Assert.Contains("Copyright© 2020. Informing Futures is a 1625 Independent People project.", sheets[n]);
                Assert.Contains("www.informingfutures.co.uk", sheets[n]);
                // No Site:PublicUrl here: the page by its title and path in the toolkit, never the request's host.
                Assert.Contains("Long comparison (/long), Informing Futures toolkit", sheets[n]);
                Assert.DoesNotContain(address.Authority, sheets[n]);
                Assert.Contains($"Page {n + 1} of {sheets.Count}", sheets[n]);
                if (sheets[n].Contains("START"))
                {
                    Assert.Contains("Model Benefits Challenges", sheets[n]);
                }
            }

            for (var model = 1; model <= 8; model++)
            {
                var sheet = sheets.FindIndex(s => s.Contains($"STARTB{model} "));
                Assert.True(sheet >= 0 && sheets[sheet].Contains($"ENDC{model}"), $"row of model {model} is split across sheets");
            }
        }
    }
}
