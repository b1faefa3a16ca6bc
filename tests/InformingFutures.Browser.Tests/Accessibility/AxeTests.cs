using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Accessibility;

[Collection(BrowserCollection.Name)]
public sealed class AxeTests(BrowserSite site, ITestOutputHelper output)
{
    /// <summary>axe-core's tags for the WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA.</summary>
    public static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [BrowserFact]
    public Task NoWcagViolationsOnAnyRouteInTheLightScheme() => ScanAllAsync(ColorScheme.Light);

    [BrowserFact]
    public Task NoWcagViolationsOnAnyRouteInTheDarkScheme() => ScanAllAsync(ColorScheme.Dark);

    /// <summary>Printing shows every slide, so a slide hidden on screen must not leave focusable links behind.</summary>
    [BrowserFact]
    public async Task NoWcagViolationsOnAnyDeckOrHandoutUnderPrintMedia()
    {
        var failures = new List<string>();
        var printed = site.Routes.All.Where(r => r.Kind is RouteKind.Deck or RouteKind.Handout or RouteKind.SlideHandout or RouteKind.SlideNotes).ToList();
        foreach (var url in printed.Select(r => r.Path))
        {
            var page = await site.OpenAsync(url, 1280, 800);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
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
            foreach (var url in site.PageAddresses)
            {
                var page = await site.OpenAsync(url, 1280, 800, scheme, expectSuccess: false);
                var low = await page.EvaluateAsync<string[]>(BrowserChecks.LowContrastText, 7.0);
                failures.AddRange(low.Select(l => $"{scheme} {url}: {l}"));
                await page.Context.CloseAsync();
            }
        }

        Assert.Empty(failures);
    }

    private async Task ScanAllAsync(ColorScheme scheme)
    {
        var failures = new List<string>();
        var rules = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var url in site.PageAddresses)
        {
            var page = await site.OpenAsync(url, 1280, 800, scheme, expectSuccess: false);
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
            rules.UnionWith(result.Passes.Concat(result.Violations).Concat(result.Incomplete).Concat(result.Inapplicable).Select(r => r.Id));
            failures.AddRange(result.Violations.Select(v => $"{scheme} {url}: {v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}: {v.Help}"));
            await page.Context.CloseAsync();
        }

        failures.ForEach(output.WriteLine);
        output.WriteLine($"{scheme}: {site.PageAddresses.Count} routes, {rules.Count} axe rules for tags {string.Join(", ", WcagTags)}: {string.Join(" ", rules)}");
        Assert.Empty(failures);
    }
}
