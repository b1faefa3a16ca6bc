using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Accessibility;

[Collection(BrowserCollection.Name)]
public sealed class AxeTests(BrowserSite site, ITestOutputHelper output)
{
    private static List<string> WcagTags => PageSurvey.WcagTags;

    [BrowserFact]
    public Task NoWcagViolationsOnAnyRouteInTheLightScheme() => ScanAllAsync(ColorScheme.Light);

    [BrowserFact]
    public Task NoWcagViolationsOnAnyRouteInTheDarkScheme() => ScanAllAsync(ColorScheme.Dark);

    /// <summary>Printing shows every slide, so a slide hidden on screen must not leave focusable links behind.</summary>
    [BrowserFact]
    public async Task NoWcagViolationsOnAnyDeckOrHandoutUnderPrintMedia()
    {
        var failures = new List<string>();
        // Every deck and handout; slide handouts and notes pages share one template, so one for a section's deck and
        // one for a page's.
        var printed = site.Routes.All
            .Where(r => r.Kind is RouteKind.Deck or RouteKind.Handout or RouteKind.SlideHandout or RouteKind.SlideNotes)
            .DistinctBy(r => r.Kind is RouteKind.SlideHandout or RouteKind.SlideNotes ? $"{r.Kind} {r.Document?.IsSectionOverview}" : r.Path)
            .ToList();
        foreach (var url in printed.Select(r => r.Path))
        {
            var page = await site.OpenAsync(url, 1280, 800);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            var result = await page.RunAxe(PageSurvey.Options);
            failures.AddRange(result.Violations.Select(v => $"print {url}: {v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}: {v.Help}"));
            await page.Context.CloseAsync();
        }

        output.WriteLine($"print media: {printed.Count} decks and handouts scanned");
        Assert.Empty(failures);
    }

    [BrowserFact]
    public async Task BodyTextKeepsSevenToOneContrastInBothSchemes()
    {
        var failures = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            failures.AddRange((await PageSurvey.OfAsync(site, scheme)).SelectMany(r => r.LowContrast.Select(l => $"{scheme} {r.Url}: {l}")));
        }

        Assert.Empty(failures);
    }

    private async Task ScanAllAsync(ColorScheme scheme)
    {
        var reports = await PageSurvey.OfAsync(site, scheme);
        var failures = reports.SelectMany(r => r.Violations.Select(v => $"{scheme} {r.Url}: {v}")).ToList();
        var rules = new SortedSet<string>(reports.SelectMany(r => r.AxeRules), StringComparer.Ordinal);

        failures.ForEach(output.WriteLine);
        output.WriteLine($"{scheme}: {reports.Count} routes, {rules.Count} axe rules for tags {string.Join(", ", WcagTags)}: {string.Join(" ", rules)}");
        Assert.Empty(failures);
    }
}
