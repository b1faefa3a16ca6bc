using InformingFutures.Web.Content;

namespace InformingFutures.Web.Site;

/// <summary>
/// Every address the site serves for one content snapshot: the only list of URLs. Pages answer 404 unless their
/// address is here; the sitemap, the static export, the link checker and the navigation all read it.
/// </summary>
public sealed class RouteTable
{
    public const string HomePath = "/";
    public const string AboutPath = "/about";
    public const string FeedPath = "/feed.xml";

    /// <summary>The search index as a script, for search where there is no server (the export, the offline copy).</summary>
    public const string SearchIndexPath = "/search-index.js";

    /// <summary>The static script that answers a search from <see cref="SearchIndexPath"/> (Search/search.js).</summary>
    public const string SearchReaderScriptPath = "/search.js";

    /// <summary>The Snowball English stemmer that <see cref="SearchReaderScriptPath"/> reads queries with (Search/lib/porter2.js).</summary>
    public const string SearchStemmerScriptPath = "/porter2.js";

    /// <summary>What a copy with no server loads to search, in order: the index, the stemmer, the reader.</summary>
    public static readonly IReadOnlyList<string> StaticSearchScripts = [SearchIndexPath, SearchStemmerScriptPath, SearchReaderScriptPath];

    /// <summary>The image a shared link shows (og:image) where a page has no card: the toolkit's icon, a static file of wwwroot.</summary>
    public const string ShareImagePath = "/icons/icon-512.png";

    /// <summary>Every listed page's share card (a PNG with its title, for og:image) is under this prefix.</summary>
    public const string ShareCardPrefix = "/share-card/";

    /// <summary>Each page's PDF (made by the <c>pdf</c> command, served while it matches the content) is under this prefix.</summary>
    public const string PdfPrefix = "/pdf/";

    /// <summary>The sitemap, served only with a public address.</summary>
    public const string SitemapPath = "/sitemap.xml";

    /// <summary>What crawlers may read (everything), naming the sitemap when there is one.</summary>
    public const string RobotsPath = "/robots.txt";

    /// <summary>Live preview's addresses (Development only): never stored offline, never in the table.</summary>
    public const string PreviewPrefix = "/_preview/";
    public const string PreviewEventsPath = PreviewPrefix + "events";
    public const string PreviewScriptPath = PreviewPrefix + "live.js";

    /// <summary>An address the table never holds, whose answer is the site's "page not found" page (the export's 404.html).</summary>
    public const string NeverServedPath = "/export-not-found";

    /// <summary>What the offline copy shows for an address it did not store.</summary>
    public const string OfflinePath = "/offline";

    /// <summary>The service worker that keeps the offline copy; at the root, so its scope is the whole site.</summary>
    public const string ServiceWorkerPath = "/sw.js";

    /// <summary>Health as plain text for a person; liveness and readiness as JSON for an orchestrator.</summary>
    public const string HealthPath = "/healthz";
    public const string LivenessPath = "/healthz/live";
    public const string ReadinessPath = "/healthz/ready";

    /// <summary>The search page, the same for every query: search.js reads <c>q</c> in the browser.</summary>
    public const string SearchPath = "/search";

    /// <summary>Where status pages are rendered for other requests' answers; never served at its own address.</summary>
    public const string StatusPagePattern = "/status/{0}";

    /// <summary>The statuses that have a page of their own wording; others get the general one.</summary>
    public static readonly int[] StatusPages = [400, 404, 405, 500];

    /// <summary>Where the exception handler renders its page outside Development; never served at its own address.</summary>
    public const string ErrorPath = "/error";

    // A plain dictionary, built at every reload: freezing 54,000 paths (3,000 pages) cost a save more than its
    // faster look-ups ever gave back.
    private readonly Dictionary<string, SiteRoute> _byPath;

    private RouteTable(IReadOnlyList<SiteRoute> routes, IEnumerable<ContentDocument> sections)
    {
        All = routes;
        _byPath = routes.ToDictionary(r => r.Path, StringComparer.Ordinal);
        Sections = sections.Select(s => _byPath[s.Url]).ToList();
        AboutTheSite =
        [
            (AboutPageLinkText, AboutPath),
            .. routes.Where(r => r.Kind is RouteKind.Overview or RouteKind.Page && r.Document!.Meta.IsSitePage).Select(r => (r.Document!.Title, r.Path)),
        ];
    }

    /// <summary>How the footer names the about page.</summary>
    public const string AboutPageLinkText = "About this toolkit, terms of use and contact";

    /// <summary>
    /// The footer's links about the site itself: the about page, then each page of the content whose type is "site"
    /// (the accessibility statement), so a footer link exists exactly when its page does.
    /// </summary>
    public IReadOnlyList<(string Title, string Path)> AboutTheSite { get; }

    public IReadOnlyList<SiteRoute> All { get; }

    /// <summary>The overview of each resource, in reading order: the site's navigation.</summary>
    public IReadOnlyList<SiteRoute> Sections { get; }

    /// <summary>Pages in the sitemap and the export.</summary>
    public IEnumerable<SiteRoute> Listed => All.Where(r => r.IsListed);

    public SiteRoute? Find(string path) => _byPath.GetValueOrDefault(path);

    public SiteRoute? Find(string path, RouteKind kind) => Find(path) is { } route && route.Kind == kind ? route : null;

    /// <summary>
    /// What a request's address serves. Pages look themselves up by their address rather than binding route values,
    /// so nothing but the address (no query key, no form field, no blank segment) can choose what a page shows.
    /// </summary>
    public SiteRoute? Find(PathString path) => Find(path.Value ?? "");

    public SiteRoute? Find(PathString path, RouteKind kind) => Find(path.Value ?? "", kind);

    /// <summary>The deck of a page, if it has one.</summary>
    public string? DeckOf(ContentDocument document) => Find(DeckPath(document.Url), RouteKind.Deck)?.Path;

    /// <summary>The handout of a section overview, if it has one.</summary>
    public string? HandoutOf(ContentDocument document) => Find(HandoutPath(document.Url), RouteKind.Handout)?.Path;

    /// <summary>The share card of a listed page, or null for any other address.</summary>
    public string? ShareCardOf(string? pagePath) =>
        pagePath is not null && Find(ShareCardPath(pagePath), RouteKind.ShareCard) is { } route ? route.Path : null;

    /// <param name="withSitemap">Serve <c>/sitemap.xml</c>; it needs the site's public address.</param>
    /// <param name="withFeed">Serve <c>/feed.xml</c>, the Atom feed of updates; it needs the public address too.</param>
    public static RouteTable For(ContentSnapshot content, bool withSitemap, bool withFeed)
    {
        var routes = new List<SiteRoute> { new(HomePath, RouteKind.Home, content.Home) };
        foreach (var document in content.Documents.Where(d => !d.IsHome))
        {
            routes.Add(new(document.Url, document.IsSectionOverview ? RouteKind.Overview : RouteKind.Page, document));
        }

        // Decks and handouts belong to resources: not to the home page or pages about the site itself.
        foreach (var document in content.Documents.Where(d => !d.IsHome && !d.Meta.IsSitePage))
        {
            if (document.IsSectionOverview)
            {
                routes.Add(new(HandoutPath(document.Url), RouteKind.Handout, document));
            }

            var deck = DeckPath(document.Url);
            routes.Add(new(deck, RouteKind.Deck, document));
            routes.Add(new(PresenterPath(deck), RouteKind.Presenter, document));
            routes.Add(new(SlideHandoutPath(deck), RouteKind.SlideHandout, document));
            routes.Add(new(SlideNotesPath(deck), RouteKind.SlideNotes, document));
        }

        routes.Add(new(AboutPath, RouteKind.About));
        routes.Add(new(SearchPath, RouteKind.Search));
        routes.Add(new(SearchIndexPath, RouteKind.SearchIndex));
        routes.Add(new(OfflinePath, RouteKind.Offline));
        routes.Add(new(ServiceWorkerPath, RouteKind.ServiceWorker));
        routes.AddRange(routes.Where(r => r.IsListed).ToList().Select(r => new SiteRoute(ShareCardPath(r.Path), RouteKind.ShareCard, r.Document, r.Path)));
        if (withSitemap)
        {
            routes.Add(new(SitemapPath, RouteKind.Sitemap));
        }

        routes.Add(new(RobotsPath, RouteKind.Robots));
        if (withFeed)
        {
            routes.Add(new(FeedPath, RouteKind.Feed));
        }

        routes.AddRange(new[] { HealthPath, LivenessPath, ReadinessPath }.Select(path => new SiteRoute(path, RouteKind.Health)));
        routes.AddRange(StatusPages.Select(code => new SiteRoute(string.Format(System.Globalization.CultureInfo.InvariantCulture, StatusPagePattern, code), RouteKind.Status)));
        routes.Add(new(ErrorPath, RouteKind.Status));
        return new RouteTable(routes, content.SectionOverviews());
    }

    /// <summary>Where the deck of the page at <paramref name="pageUrl"/> would be.</summary>
    public static string DeckPath(string pageUrl) => pageUrl + "/present";

    /// <summary>The presenter view of a deck: current and next slide, notes, timer.</summary>
    public static string PresenterPath(string deckPath) => deckPath + "/presenter";

    /// <summary>A deck printed three slides to a page, with lines for notes.</summary>
    public static string SlideHandoutPath(string deckPath) => deckPath + "/handout";

    /// <summary>A deck printed one slide to a page, above its speaker notes.</summary>
    public static string SlideNotesPath(string deckPath) => deckPath + "/notes";

    /// <summary>Where the handout of the section overview at <paramref name="overviewUrl"/> would be.</summary>
    public static string HandoutPath(string overviewUrl) => overviewUrl + "/handout";

    private static string ShareCardPath(string pagePath) => $"{ShareCardPrefix}{(pagePath == HomePath ? "index" : pagePath.Trim('/'))}.png";

    /// <summary>
    /// Where the PDF of a page that <see cref="SiteRoute.HasPdf"/> is served. Not in the table: it is served only while
    /// a PDF matching the page exists (see PdfFiles), which the table cannot know.
    /// </summary>
    public static string PdfPath(string pagePath) => $"{PdfPrefix}{pagePath.Trim('/')}.pdf";
}
