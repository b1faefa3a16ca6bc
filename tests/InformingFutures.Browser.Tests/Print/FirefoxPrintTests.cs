using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Print;

/// <summary>
/// Firefox has no page-margin boxes, so the site's fallback (a fixed line repeated on every sheet) carries the
/// attribution there. Printed by the stock browser over WebDriver BiDi, every sheet must still show it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FirefoxPrintTests(BrowserSite site, ITestOutputHelper output)
{
    [FirefoxFact]
    public async Task FirefoxPrintsTheNoticeAndWebsiteOnEverySheet()
    {
        var (longSite, longAddress) = BrowserSite.StartSite(Path.Combine(AppContext.BaseDirectory, "Fixtures", "long"));
        using var _ = longSite;
        await using var firefox = await Firefox.StartAsync(TimeSpan.FromSeconds(90));
        var printed = new[]
        {
            new Uri(longAddress, "/long"),
            new Uri(site.BaseAddress, "/reflective-practice/handout"),
            new Uri(site.BaseAddress, "/reflective-practice/present/handout"),
        };

        var failures = new List<string>();
        foreach (var url in printed)
        {
            var pdf = Path.Combine(BrowserSite.OutputFolder, "pdf", $"firefox{url.AbsolutePath.Replace('/', '-')}-A4.pdf");
            await firefox.PrintAsync(url.AbsoluteUri, pdf);
            var sheets = PdfText.PageCount(pdf);
            output.WriteLine($"{url.AbsolutePath}: {sheets} sheet(s) -> {pdf}");
            for (var sheet = 1; sheet <= sheets; sheet++)
            {
                var text = Regex.Replace(PdfText.Page(pdf, sheet), @"\s+", " ");
                if (!text.Contains("Copyright© 2020. Informing Futures is a 1625 Independent People project.")) failures.Add($"{url.AbsolutePath} sheet {sheet}: no notice");
                if (!text.Contains("www.informingfutures.co.uk")) failures.Add($"{url.AbsolutePath} sheet {sheet}: no website address");
            }

            if (url.AbsolutePath == "/long" && sheets < 3)
            {
                failures.Add("the long fixture should need several sheets");
            }
        }

        Assert.Empty(failures);
    }
}
