using Deque.AxeCore.Playwright;

namespace InformingFutures.Browser.Tests.Support;

/// <summary>Checks run in the browser on every page (the pages come from <see cref="BrowserSite.PageAddresses"/>).</summary>
public static class BrowserChecks
{
    /// <summary>Contrast of every visible piece of text against the background behind it (WCAG formula).</summary>
    public const string LowContrastText =
        """
        (minimum) => {
            const lum = c => { const [r, g, b] = c.match(/[\d.]+/g).slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const bg = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (!/, 0\)$/.test(c) && c !== 'transparent') return c; } return getComputedStyle(document.documentElement).backgroundColor || 'rgb(255, 255, 255)'; };
            const visible = e => e.getClientRects().length && getComputedStyle(e).visibility === 'visible' && !e.closest('[hidden], .visually-hidden, .site-search label');
            return [...document.querySelectorAll('p, li, td, th, dt, dd, h1, h2, h3, a, label, caption, button, span, cite, code, time')]
                .filter(e => visible(e) && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
                .map(e => { const a = lum(getComputedStyle(e).color), b = lum(bg(e)); return [e, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]; })
                .filter(([, ratio]) => ratio < minimum)
                .map(([e, ratio]) => `${e.tagName} "${e.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`);
        }
        """;

    /// <summary>axe's WCAG violations and text below 7:1, on the page as it is now, in the light and then the dark scheme.</summary>
    public static async Task<List<string>> ViolationsInBothSchemesAsync(IPage page)
    {
        var found = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.EmulateMediaAsync(new() { ColorScheme = scheme });
            var axe = await page.RunAxe(PageSurvey.Options);
            found.AddRange(axe.Violations.Select(v => $"{scheme}: {v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}: {v.Help}"));
            found.AddRange((await page.EvaluateAsync<string[]>(LowContrastText, 7.0)).Select(l => $"{scheme}: contrast {l}"));
        }

        return found;
    }
}
