using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InformingFutures.Browser.Tests.Support;

/// <summary>The site on a real loopback port (Kestrel) and one Chromium, shared by the browser tests.</summary>
public sealed class BrowserSite : IAsyncLifetime
{
    // The repository's site as a reader gets it, with its PDFs: their links are on the pages every test looks at.
    private readonly ToolkitFactory _factory = new(TestPaths.RepoContent, configure: b => b
        .UseSetting("Site:PublicUrl", RepoSiteFactory.PublicUrl)
        .UseSetting("Pdf:Folder", RepoPdfs.Folder));
    private IPlaywright? _playwright;

    /// <summary>
    /// One page of every kind the route table serves (a resource's overview and a page about the site, a section's
    /// deck and a page's, and so on), plus searches with and without results and an unknown address. Checks that
    /// must hold on every page read this, so a new kind of page is checked the day it is served, and the time the
    /// checks take does not grow with the number of pages of a kind already checked.
    /// </summary>
    public IReadOnlyList<string> PageAddresses =>
    [
        .. Routes.All.Where(r => r.IsHtmlPage)
            .DistinctBy(r => (r.Kind, r.Document?.Meta.IsSitePage, r.Document?.IsSectionOverview))
            .Select(r => r.Path),
        "/search?q=reflect", "/search?q=zzzzqqq", "/no-such-page",
    ];

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The route table of the site under test.</summary>
    public RouteTable Routes => Current.Routes;

    /// <summary>How many slides the deck at <paramref name="deckPath"/> shows in every view, its source slide included.</summary>
    public int SlideCountOf(string deckPath) => SlideCountOf(Current, deckPath);

    public static int SlideCountOf(SiteSnapshot snapshot, string deckPath) =>
        InformingFutures.Web.Presentation.SlideDeck.At(snapshot, deckPath, "")?.Count ?? throw new ArgumentException($"{deckPath} is not a deck");

    /// <summary>The snapshot the site under test serves.</summary>
    public SiteSnapshot Current => _factory.Services.GetRequiredService<LiveSnapshot>().Current;

    /// <summary>Where screenshots and PDFs go, for a person (or the CI artifact) to look at.</summary>
    public static string OutputFolder { get; } = Path.Combine(TestPaths.RepoRoot, "TestResults", "browser");

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = new Uri(_factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Directory.CreateDirectory(OutputFolder);

        if (!Chromium.IsInstalled && !Chromium.IsCi)
        {
            return; // every test here is skipped; see BrowserFactAttribute
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Args = Chromium.Args,
            Headless = true,
        });
    }

    /// <summary>Starts another copy of the site, over a fixture content folder, on its own port.</summary>
    public static (ToolkitFactory Site, Uri Address) StartSite(string contentRoot, string? publicUrl = null, string environment = "Production", string? pdfFolder = null)
    {
        var factory = new ToolkitFactory(contentRoot, environment, b =>
        {
            if (publicUrl is not null)
            {
                b.UseSetting("Site:PublicUrl", publicUrl);
            }

            if (pdfFolder is not null)
            {
                b.UseSetting("Pdf:Folder", pdfFolder);
            }
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (factory, new Uri(address));
    }

    public async Task<IPage> OpenAsync(string path, int width, int height, ColorScheme scheme = ColorScheme.Light, Uri? baseAddress = null, bool expectSuccess = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            BaseURL = (baseAddress ?? BaseAddress).ToString(),
        });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.True(!expectSuccess || response?.Ok == true, $"{path} answered {response?.Status}");
        return page;
    }

    /// <summary>Chromium with a profile of its own on disk (not incognito), at the shared site's address.</summary>
    public Task<IBrowserContext> LaunchPersistentContextAsync(string profileFolder) =>
        _playwright!.Chromium.LaunchPersistentContextAsync(profileFolder, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Args = Chromium.Args,
            Headless = true,
            BaseURL = BaseAddress.ToString(),
        });

    /// <summary>A browser context that may read files only: every network request is refused and listed in <c>Outside</c>.</summary>
    public async Task<(IBrowserContext Context, List<string> Outside)> OfflineFileContextAsync()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var outside = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                outside.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        return (context, outside);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _factory.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
