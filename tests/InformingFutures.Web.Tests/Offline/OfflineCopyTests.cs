using System.Text.Json;
using InformingFutures.Web.Offline;

namespace InformingFutures.Web.Tests.Offline;

/// <summary>What the browser needs to install the toolkit and keep it offline, over HTTP.</summary>
[Collection(SiteCollection.Name)]
public sealed class OfflineCopyTests(RepoSiteFactory site)
{
    private readonly HttpClient _client = site.CreatePlainClient();

    [Fact]
    public async Task TheFaviconIsAnIconNotA404()
    {
        var response = await _client.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheManifestNamesTheToolkitAndItsIconsAllAnswer()
    {
        var (_, html) = await site.GetHtmlAsync("/");
        var href = html.QuerySelector("link[rel=manifest]")?.GetAttribute("href");
        var response = await _client.GetAsync(href);
        var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Informing Futures toolkit", manifest.GetProperty("name").GetString());
        Assert.Equal("/", manifest.GetProperty("start_url").GetString());
        Assert.Equal("standalone", manifest.GetProperty("display").GetString());
        var icons = manifest.GetProperty("icons").EnumerateArray().ToList();
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "512x512" && i.GetProperty("purpose").GetString() == "maskable");
        foreach (var icon in icons)
        {
            var image = await _client.GetAsync(icon.GetProperty("src").GetString());
            Assert.True(image.IsSuccessStatusCode, icon.GetProperty("src").GetString());
            Assert.Equal(icon.GetProperty("type").GetString(), image.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task TheServiceWorkerIsNeverCachedAndStoresEveryListedPage()
    {
        var response = await _client.GetAsync("/sw.js");
        var script = await response.Content.ReadAsStringAsync();
        var snapshot = site.Services.GetRequiredService<LiveSnapshot>().Current;

        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Matches("^const CACHE_NAME = \"toolkit-[0-9a-f]{16}\";\n", script);
        Assert.Contains($"const CONTENT_VERSION = \"{snapshot.ContentFingerprint}\";", script);
        var stored = JsonSerializer.Deserialize<string[]>(script.Split('\n').Single(l => l.StartsWith("const STORED = ", StringComparison.Ordinal))["const STORED = ".Length..].TrimEnd(';'))!;
        Assert.Equal(snapshot.Routes.Listed.Select(r => r.Path).Order(), stored.Where(s => snapshot.Routes.Find(s)?.IsListed == true).Order());
        Assert.Contains("/offline", stored);
        Assert.Contains("/search-index.js", stored);
    }

    [Fact]
    public async Task EveryPageSaysWhichVersionOfTheContentItIs()
    {
        var fingerprint = site.Services.GetRequiredService<LiveSnapshot>().Current.ContentFingerprint;

        foreach (var path in new[] { "/", "/reflective-practice/team", "/reflective-practice/present", "/offline" })
        {
            var response = await _client.GetAsync(path);
            Assert.Equal(fingerprint, response.Headers.GetValues(ServiceWorker.VersionHeader).Single());
        }
    }

    [Fact]
    public async Task TheOfflinePageListsTheStoredPagesUnderTheLayout()
    {
        var (response, html) = await site.GetHtmlAsync("/offline");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("You are offline", html.QuerySelector("h1")?.TextContent);
        Assert.Equal("noindex", html.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        // Every page a reader can open offline, once, each resource's overview before its pages, whatever content/ holds.
        var routes = site.Services.GetRequiredService<LiveSnapshot>().Current.Routes;
        var listed = html.QuerySelectorAll("main li a").Select(a => a.GetAttribute("href")!).ToList();
        var readable = routes.All.Where(r => r.Kind is RouteKind.Home or RouteKind.Overview or RouteKind.Page or RouteKind.About or RouteKind.Handout).Select(r => r.Path);
        Assert.Equal(readable.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal(routes.Sections[0].Path, listed[0]);
        Assert.All(routes.Sections, section => Assert.True(listed.IndexOf(section.Path) < listed.IndexOf(routes.HandoutOf(section.Document!)!)));
        AttributionAssert.Carries(html, "/offline");
    }

    [Fact]
    public void ContentFingerprintsAgreeAcrossProcessesAndDifferWithTheContent()
    {
        using var again = new RepoSiteFactory();
        using var other = new ToolkitFactory(TestPaths.Fixture("good"));

        var fingerprint = site.Services.GetRequiredService<LiveSnapshot>().Current.ContentFingerprint;

        Assert.Equal(fingerprint, again.Services.GetRequiredService<LiveSnapshot>().Current.ContentFingerprint);
        Assert.NotEqual(fingerprint, other.Services.GetRequiredService<LiveSnapshot>().Current.ContentFingerprint);
    }

    /// <summary>
    /// A release that changes only the notice or the public address reaches installed copies: the pages say another
    /// version and /sw.js changes, so the browser installs the new worker, which stores the new pages whole.
    /// </summary>
    [Theory]
    [InlineData("Attribution:ShortNotice", "Copyright© 2020. Informing Futures is a 1625 Independent People project (revised).")]
    [InlineData("Site:PublicUrl", "https://toolkit.example.org")]
    public async Task ChangingTheNoticeOrThePublicAddressChangesTheOfflineCopysVersion(string setting, string value)
    {
        using var released = new ToolkitFactory(TestPaths.RepoContent, configure: b => b.UseSetting("Site:PublicUrl", RepoSiteFactory.PublicUrl).UseSetting(setting, value));
        var before = await _client.GetAsync("/reflective-practice/team");
        var after = await released.CreatePlainClient().GetAsync("/reflective-practice/team");

        Assert.NotEqual(before.Headers.GetValues(ServiceWorker.VersionHeader).Single(), after.Headers.GetValues(ServiceWorker.VersionHeader).Single());
        Assert.NotEqual(CacheName(await _client.GetStringAsync("/sw.js")), CacheName(await released.CreatePlainClient().GetStringAsync("/sw.js")));
    }

    private static string CacheName(string worker) => worker.Split('\n')[0];
}
