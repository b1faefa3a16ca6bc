using System.Text.RegularExpressions;

namespace InformingFutures.Browser.Tests.Commands;

/// <summary>A trainer double-clicks index.html on a USB stick, with no network: everything must still work.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportFromFileTests(BrowserSite site)
{
    [PrintFact]
    public async Task TheExportWorksFromFileWithNoNetwork()
    {
        var folder = StaticExport.Folder;
        var (context, outside) = await site.OfflineFileContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(Path.Combine(folder, "index.html")).AbsoluteUri);
        Assert.Equal("rgb(11, 79, 74)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor")); // the stylesheet loaded

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Toolkit sections" }).GetByRole(AriaRole.Link, new() { Name = "Models of Reflective Practice" }).ClickAsync();
        Assert.Equal("Models of Reflective Practice", await page.InnerTextAsync("h1"));
        Assert.Equal(3, await page.Locator(".comparison-table tbody tr").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Team Reflective Practice" }).First.ClickAsync();
        Assert.EndsWith("/reflective-practice/team/index.html", page.Url);
        // site.js runs (it shows the print button): waited for, as a click does not wait for the next page's scripts.
        await page.GetByRole(AriaRole.Button, new() { Name = "Print this page" }).WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 10_000 });

        var pdf = Path.Combine(BrowserSite.OutputFolder, "pdf", "export-team-A4.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4" });
        var sheet = Regex.Replace(PdfText.Page(pdf, 1), @"\s+", " ");
        Assert.Contains("Copyright© 2020. Informing Futures is a 1625 Independent People project. · www.informingfutures.co.uk", sheet);
        Assert.Contains("Team Reflective Practice (/reflective-practice/team), Informing Futures toolkit", sheet); // no public address: the page by title and path
        Assert.Contains("Page 1 of 1", sheet);

        await page.GetByText("Use in a workshop").ClickAsync(); // the trainers' views are folded under one control
        await page.GetByRole(AriaRole.Link, new() { Name = "Present" }).First.ClickAsync(); // first of Present and Presenter view
        await page.WaitForFunctionAsync("() => document.querySelector('.deck-counter')?.textContent === '1 / 4'");
        await page.Keyboard.PressAsync("PageDown");
        Assert.Equal("2 / 4", await page.InnerTextAsync(".deck-counter"));
        Assert.Equal("#2", await page.EvaluateAsync<string>("() => location.hash"));
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForFunctionAsync("() => location.pathname.endsWith('/reflective-practice/team/index.html')");

        Assert.Empty(outside);
        await context.CloseAsync();
    }
}
