using System.Text.Json;
using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Offline;

/// <summary>
/// A practitioner visits once with a signal; afterwards every page of the toolkit reads with none, each with its
/// attribution, and a new version of the content replaces the stored one on the next visit with a signal.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OfflineCopyTests(BrowserSite site, ITestOutputHelper output)
{
    private static readonly float Generous = 60_000;

    [BrowserFact]
    public async Task AfterOneVisitEveryPageReadsOfflineWithItsAttribution()
    {
        var context = await site.Browser.NewContextAsync(new() { BaseURL = site.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        // What the first visit itself costs: the page and what it loads (the worker stores the rest afterwards).
        var firstVisit = await page.EvaluateAsync<long>("() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce((sum, e) => sum + e.transferSize, 0)");
        var stored = await WaitUntilStoredAsync(page);
        output.WriteLine($"first visit: {firstVisit / 1024.0:N1} KiB transferred; stored: {stored.Count} responses, {stored.Bytes / 1024.0:N0} KiB in {stored.Name}");
        Assert.InRange(firstVisit, 1, 40 * 1024);

        await context.SetOfflineAsync(true);
        foreach (var (url, heading) in new[] { ("/reflective-practice/multi-agency", "Multi Agency Reflective Practice"), ("/reflective-practice/handout", "Models of Reflective Practice") })
        {
            await page.GotoAsync(url);
            Assert.Equal(heading, await page.InnerTextAsync("h1"));
            await AssertAttributedAsync(page, url);
        }

        await page.GotoAsync("/reflective-practice/present");
        Assert.Contains("Copyright© 2020. Informing Futures is a 1625 Independent People project.", await page.InnerTextAsync(".slide.is-current"));

        await page.GotoAsync("/reflective-practice/never-stored");
        Assert.Equal("You are offline", await page.InnerTextAsync("h1"));
        Assert.True(await page.Locator("main a[href='/reflective-practice/team']").IsVisibleAsync());
        await AssertAttributedAsync(page, "the offline page");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.OutputFolder, "offline-page.png"), FullPage = true });

        await page.GotoAsync("/search?q=rooms");
        await page.WaitForSelectorAsync("ol.search-results", new() { Timeout = Generous });
        Assert.Equal("Organisational Reflective Practice", (await page.Locator("ol.search-results h2").AllInnerTextsAsync())[0]);
        Assert.Equal("/reflective-practice/organisational", await page.GetAttributeAsync("ol.search-results h2 a", "href"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.OutputFolder, "offline-search.png"), FullPage = true });
        await context.CloseAsync();
    }

    [BrowserFact]
    public async Task NewContentReplacesTheStoredCopyOnTheNextVisitWithASignal()
    {
        using var content = new TempContent(TestPaths.RepoContent);
        var (fixture, address) = BrowserSite.StartSite(content.Root);
        using var _ = fixture;
        var context = await site.Browser.NewContextAsync(new() { BaseURL = address.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var before = await WaitUntilStoredAsync(page);

        var team = content.PathOf("reflective-practice/team.md");
        File.WriteAllText(team, File.ReadAllText(team).Replace("Team dynamics can affect willingness to participate", "Team dynamics (edited) can affect willingness to participate"));
        using (var client = new HttpClient { BaseAddress = address })
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromMilliseconds(Generous);
            while (!(await client.GetStringAsync("/reflective-practice/team")).Contains("(edited)", StringComparison.Ordinal))
            {
                Assert.True(DateTime.UtcNow < deadline, "the edit was not served");
                await Task.Delay(250);
            }
        }

        await page.GotoAsync("/reflective-practice/team"); // online: straight from the network, and a check for a new worker
        Assert.Contains("(edited)", await page.InnerTextAsync("main"));
        var after = await WaitUntilStoredAsync(page, replacing: before.Name);

        await context.SetOfflineAsync(true);
        await page.GotoAsync("/reflective-practice/team");
        Assert.Contains("(edited)", await page.InnerTextAsync("main"));
        await page.GotoAsync("/reflective-practice/organisational");
        Assert.Equal("Organisational Reflective Practice", await page.InnerTextAsync("h1"));
        Assert.Equal([after.Name], await page.EvaluateAsync<string[]>("async () => (await caches.keys()).filter(k => k.startsWith('toolkit-'))"));
        await context.CloseAsync();
    }

    /// <summary>
    /// Two real builds of the site that differ only in one stylesheet rule, served in turn at one address: a reader who
    /// stored the first gets the second's stylesheet offline after one visit with a signal.
    /// </summary>
    [BrowserFact]
    public async Task AStylesheetOnlyReleaseReachesAnInstalledOfflineCopy()
    {
        var work = Directory.CreateTempSubdirectory("if-release-");
        try
        {
            var project = CopySource(work.FullName);
            var first = Publish(project, Path.Combine(work.FullName, "first"));
            File.AppendAllText(Path.Combine(project, "Layout", "site.css"), "\n:root { --release: \"second\"; }\n");
            var second = Publish(project, Path.Combine(work.FullName, "second"));

            var port = FreePort();
            var context = await site.Browser.NewContextAsync(new() { BaseURL = $"http://127.0.0.1:{port}" });
            var page = await context.NewPageAsync();
            const string release = "() => getComputedStyle(document.documentElement).getPropertyValue('--release').trim()";
            Stored before;
            using (await PublishedSite.StartAsync(first, port))
            {
                await page.GotoAsync("/reflective-practice/team");
                before = await WaitUntilStoredAsync(page);
            }

            using (await PublishedSite.StartAsync(second, port))
            {
                await page.GotoAsync("/reflective-practice/team"); // online: the browser checks for a new worker
                Assert.Equal("\"second\"", await page.EvaluateAsync<string>(release));
                await WaitUntilStoredAsync(page, replacing: before.Name);
            }

            await context.SetOfflineAsync(true);
            await page.GotoAsync("/reflective-practice/organisational");
            Assert.Equal("Organisational Reflective Practice", await page.InnerTextAsync("h1"));
            Assert.Equal("\"second\"", await page.EvaluateAsync<string>(release));
            await context.CloseAsync();
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The site's project and what it builds from, without build output, as a fresh clone has them.</summary>
    private static string CopySource(string root)
    {
        foreach (var file in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props" })
        {
            File.Copy(Path.Combine(TestPaths.RepoRoot, file), Path.Combine(root, file));
        }

        foreach (var folder in new[] { "content", Path.Combine("src", "InformingFutures.Web") })
        {
            var from = Path.Combine(TestPaths.RepoRoot, folder);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories)
                         .Where(f => !Path.GetRelativePath(from, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")))
            {
                var to = Path.Combine(root, folder, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
        }

        return Path.Combine(root, "src", "InformingFutures.Web");
    }

    private static string Publish(string project, string output)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-o", output, "-p:TreatWarningsAsErrors=false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "dotnet publish took more than 5 minutes");
        Assert.True(process.ExitCode == 0, $"dotnet publish failed: {log.Result}{errors.Result}");
        return output;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    [BrowserFact]
    public async Task ChromiumFindsTheSiteInstallable()
    {
        // Chromium never offers to install from an incognito window, which is what a new browser context is.
        var profile = Directory.CreateTempSubdirectory("if-profile-");
        var context = await site.LaunchPersistentContextAsync(profile.FullName);
        var page = context.Pages.FirstOrDefault() ?? await context.NewPageAsync();
        await page.GotoAsync("/");
        await WaitUntilStoredAsync(page);

        var cdp = await context.NewCDPSessionAsync(page);
        var answer = await cdp.SendAsync("Page.getInstallabilityErrors");
        var errors = answer!.Value.GetProperty("installabilityErrors").EnumerateArray().Select(e => e.GetRawText()).ToList();
        var manifest = await cdp.SendAsync("Page.getAppManifest");

        output.WriteLine($"installability errors: [{string.Join(", ", errors)}]; manifest errors: {manifest!.Value.GetProperty("errors").GetRawText()}");
        Assert.Empty(errors);
        Assert.Equal("[]", manifest.Value.GetProperty("errors").GetRawText());
        await context.CloseAsync();
        profile.Delete(recursive: true);
    }

    private static async Task AssertAttributedAsync(IPage page, string what)
    {
        var footer = await page.InnerTextAsync("footer");
        Assert.True(footer.Contains("Copyright© 2020. Informing Futures is a 1625 Independent People project.", StringComparison.Ordinal), $"{what}: no copyright notice");
        Assert.True(await page.Locator("footer a[href='http://www.informingfutures.co.uk']").CountAsync() > 0, $"{what}: no link to the website");
    }

    private sealed record Stored(string Name, int Count, long Bytes);

    /// <summary>Waits until a worker controls the page and its one cache holds everything (another cache than <paramref name="replacing"/>).</summary>
    private static async Task<Stored> WaitUntilStoredAsync(IPage page, string? replacing = null)
    {
        // Polled from here: a promise returned to WaitForFunction counts as true at once.
        var deadline = DateTime.UtcNow + TimeSpan.FromMilliseconds(Generous);
        while (!await page.EvaluateAsync<bool>(
            """
            async (replacing) => {
                const registration = await navigator.serviceWorker.getRegistration();
                if (replacing) { registration?.update().catch(() => {}); }
                const names = (await caches.keys()).filter(k => k.startsWith('toolkit-'));
                return navigator.serviceWorker.controller !== null && names.length === 1 && names[0] !== replacing
                    && !!registration?.active && registration.active.state === 'activated' && !registration.installing && !registration.waiting;
            }
            """, replacing))
        {
            Assert.True(DateTime.UtcNow < deadline, "the offline copy was not stored within the time allowed: " + await page.EvaluateAsync<string>(
                "async () => { const r = await navigator.serviceWorker.getRegistration(); return JSON.stringify({ active: r?.active?.scriptURL, state: r?.active?.state, installing: r?.installing?.state, waiting: r?.waiting?.state, controlled: !!navigator.serviceWorker.controller, caches: await caches.keys() }); }"));
            await Task.Delay(500);
        }

        var found = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
                const name = (await caches.keys()).find(k => k.startsWith('toolkit-'));
                const cache = await caches.open(name);
                let bytes = 0;
                const requests = await cache.keys();
                for (const request of requests) { bytes += (await (await cache.match(request)).blob()).size; }
                return { name, count: requests.length, bytes };
            }
            """);
        return new Stored(found.GetProperty("name").GetString()!, found.GetProperty("count").GetInt32(), found.GetProperty("bytes").GetInt64());
    }
}
