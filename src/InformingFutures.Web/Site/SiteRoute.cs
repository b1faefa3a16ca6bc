using InformingFutures.Web.Content;

namespace InformingFutures.Web.Site;

/// <summary>What a site address serves.</summary>
public enum RouteKind
{
    Home,
    Overview,
    Page,
    About,
    Handout,
    Deck,
    Presenter,
    SlideHandout,
    SlideNotes,
    Search,
    SearchIndex,
    Offline,
    ServiceWorker,
    Sitemap,
    Robots,
    Feed,
    ShareCard,
    Health,
    Status,
}

/// <summary>One address the site serves.</summary>
/// <param name="Document">The content the address shows: the page, the overview of a handout, the page a deck presents.</param>
/// <param name="PageAddress">For a share card, the page it stands for.</param>
public sealed record SiteRoute(string Path, RouteKind Kind, ContentDocument? Document = null, string? PageAddress = null)
{
    /// <summary>Pages a reader browses: each is in the sitemap and the static export.</summary>
    public bool IsListed => Kind is RouteKind.Home or RouteKind.Overview or RouteKind.Page or RouteKind.About or RouteKind.Handout
        or RouteKind.Deck or RouteKind.Presenter or RouteKind.SlideHandout or RouteKind.SlideNotes;

    /// <summary>Pages with a Download PDF link (the sheet they print, as a file): pages, handouts, decks and slide handouts.</summary>
    public bool HasPdf => Kind is RouteKind.Handout or RouteKind.Deck or RouteKind.SlideHandout
        || (Kind is RouteKind.Overview or RouteKind.Page && Document is { Meta.IsSitePage: false });

    /// <summary>HTML pages rendered through the layout, which links each to its print-footer stylesheet.</summary>
    public bool IsHtmlPage => IsListed || Kind is RouteKind.Search or RouteKind.Offline;
}
