using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace InformingFutures.Browser.Tests.Support;

/// <summary>What one look at a page in one colour scheme found: axe's WCAG violations, text below 7:1, and sideways overflow at 320 px.</summary>
public sealed record PageReport(string Url, ColorScheme Scheme, IReadOnlyList<string> Violations, IReadOnlyList<string> LowContrast, int OverflowAt320, IReadOnlyList<string> AxeRules);

/// <summary>
/// Loads every page of <see cref="BrowserSite.PageAddresses"/> once and runs every per-page check on it in the light
/// and then the dark scheme, so the accessibility, contrast and reflow tests share the browser's time instead of
/// loading each page six times. Each test still asserts its own part.
/// </summary>
public static class PageSurvey
{
    /// <summary>axe-core's tags for the WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA.</summary>
    public static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly ColorScheme[] Schemes = [ColorScheme.Light, ColorScheme.Dark];

    private static readonly object Gate = new();
    private static Task<IReadOnlyList<PageReport>>? _survey;

    /// <summary>WCAG rules only; every node is listed for violations and one for the rest, which keeps the answer small.</summary>
    public static AxeRunOptions Options => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
        ResultTypes = [ResultType.Violations],
    };

    public static async Task<IReadOnlyList<PageReport>> OfAsync(BrowserSite site, ColorScheme scheme)
    {
        lock (Gate)
        {
            _survey ??= RunAsync(site);
        }

        return [.. (await _survey).Where(r => r.Scheme == scheme)];
    }

    private static async Task<IReadOnlyList<PageReport>> RunAsync(BrowserSite site)
    {
        var reports = new List<PageReport>();
        foreach (var url in site.PageAddresses)
        {
            var page = await site.OpenAsync(url, 1280, 800, expectSuccess: false);
            foreach (var scheme in Schemes)
            {
                await page.SetViewportSizeAsync(1280, 800);
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
                var axe = await page.RunAxe(Options);
                var lowContrast = await page.EvaluateAsync<string[]>(BrowserChecks.LowContrastText, 7.0);

                await page.SetViewportSizeAsync(320, 640);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (!url.Contains("present", StringComparison.Ordinal))
                {
                    var name = $"{(url == "/" ? "home" : url.Trim('/').Replace('/', '-').Replace('?', '-').Replace('=', '-'))}-320-{scheme.ToString().ToLowerInvariant()}.png";
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.OutputFolder, "narrow", name), FullPage = true });
                }

                reports.Add(new PageReport(
                    url,
                    scheme,
                    axe.Violations.Select(v => $"{v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}: {v.Help}").ToList(),
                    lowContrast,
                    overflow,
                    axe.Passes.Concat(axe.Violations).Concat(axe.Incomplete).Concat(axe.Inapplicable).Select(r => r.Id).ToList()));
            }

            await page.Context.CloseAsync();
        }

        return reports;
    }
}
