using System.Diagnostics;
using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Editorial;

/// <summary>
/// What an editor sees with <c>dotnet run</c> (Development, real Kestrel): a saved file reloads the open page by
/// itself; a saved mistake shows in a banner instead; drafts carry their banner; and all of it passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorsPreviewTests(BrowserSite site, ITestOutputHelper output)
{
    // Generous, so a busy machine cannot fail the test; the time actually taken is printed for the record.
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    [BrowserFact]
    public async Task ASavedChangeReloadsTheOpenPageAndASavedMistakeShowsInABannerInstead()
    {
        using var content = new TempContent(TestPaths.Fixture("editorial"));
        var (fixture, address) = BrowserSite.StartSite(content.Root, environment: "Development");
        using var _ = fixture;
        var page = await site.OpenAsync("/guide/supervision", 1280, 800, baseAddress: address);
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.livePreview", null, new() { Timeout = (float)Generous.TotalMilliseconds });
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        var saved = Stopwatch.StartNew();
        var file = content.PathOf("guide/supervision.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("Finding a time when everyone can attend.", "Finding an hour that suits everyone."));
        await page.WaitForFunctionAsync("() => document.body.innerText.includes('Finding an hour that suits everyone.')", null, new() { Timeout = (float)Generous.TotalMilliseconds });
        output.WriteLine($"saved change shown after {saved.ElapsedMilliseconds} ms");
        Assert.False(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the page changed without reloading");

        await page.WaitForFunctionAsync("() => document.documentElement.dataset.livePreview", null, new() { Timeout = (float)Generous.TotalMilliseconds });
        await page.EvaluateAsync("() => { window.notReloaded = true; }");
        saved.Restart();
        File.WriteAllText(file, "---\ntitle: [Group supervision\nsummary: Unclosed bracket.\n---\n\nBody.\n");
        var banner = page.Locator(".preview-errors [role=alert]");
        await banner.WaitForAsync(new() { Timeout = (float)Generous.TotalMilliseconds });
        output.WriteLine($"error banner shown after {saved.ElapsedMilliseconds} ms");

        Assert.Contains("guide/supervision.md:2:8: front matter is not valid YAML: a bracket, brace or quote opened here is never closed", await banner.InnerTextAsync());
        Assert.StartsWith("Not reloaded", await banner.Locator("strong").InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the page reloaded into the mistake");
        Assert.Contains("Finding an hour that suits everyone.", await page.InnerTextAsync("main"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.OutputFolder, "preview-error-banner.png"), FullPage = true });

        Assert.Empty(await BrowserChecks.ViolationsInBothSchemesAsync(page)); // the error banner and the update history
        await page.Context.CloseAsync();
    }

    /// <summary>The scheduled banner is the same element with other words, so the draft's stands for both.</summary>
    [BrowserFact]
    public async Task TheDraftBannerPassesAxeInBothSchemes()
    {
        var (fixture, address) = BrowserSite.StartSite(TestPaths.Fixture("editorial"), environment: "Development");
        using var _ = fixture;
        var page = await site.OpenAsync("/guide/notes-in-progress", 1280, 800, baseAddress: address);

        Assert.StartsWith("Draft: not published.", await page.InnerTextAsync("main .preview-banner"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.OutputFolder, "preview-draft-banner.png"), FullPage = true });
        Assert.Empty(await BrowserChecks.ViolationsInBothSchemesAsync(page));
        await page.Context.CloseAsync();
    }
}
