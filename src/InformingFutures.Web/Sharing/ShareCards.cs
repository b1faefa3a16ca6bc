using InformingFutures.Web.Attribution;
using InformingFutures.Web.Content;
using InformingFutures.Web.Pages;
using InformingFutures.Web.Site;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Sharing;

/// <summary>
/// Serves each listed page's share card (<c>/share-card/…png</c>), the image a link pasted into Teams, WhatsApp or an
/// email shows. Drawn when first asked for and then kept by the page cache until the content changes; its words come
/// from the route table's page and the Attribution settings, never from the request.
/// </summary>
public static class ShareCards
{
    public static IEndpointRouteBuilder MapShareCards(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(RouteTable.ShareCardPrefix + "{**page}", [HttpMethods.Get, HttpMethods.Head],
            (HttpContext context, CurrentSite site, IOptions<AttributionOptions> attribution) =>
            {
                if (site.Snapshot.Routes.Find(context.Request.Path, RouteKind.ShareCard) is not { PageAddress: { } page } card
                    || site.Snapshot.Routes.Find(page) is not { } route)
                {
                    return Results.NotFound();
                }

                context.Response.Headers.CacheControl = "public, max-age=300";
                return Results.Bytes(ShareCardImage.Render(TextOf(site.Snapshot, route, attribution.Value)), "image/png");
            });
        return endpoints;
    }

    /// <summary>Drawing a card takes time that grows with the square of its text, so a card shows at most a title's limit.</summary>
    private static string Shortened(string text) =>
        text.Length <= FrontMatter.MaxTitleLength ? text : text[..(FrontMatter.MaxTitleLength - 1)].TrimEnd() + "…";

    /// <summary>The resource (and, for a workshop view, what the view is) above the title; the notice and address below.</summary>
    public static ShareCardText TextOf(SiteSnapshot snapshot, SiteRoute route, AttributionOptions attribution)
    {
        var document = route.Document;
        var resource = document is { IsSectionOverview: false, IsHome: false } && snapshot.Content.Find(document.Section, null) is { } overview
            ? overview.Title
            : attribution.SiteName;
        var view = route.Kind switch
        {
            RouteKind.Handout => "Handout",
            RouteKind.Deck => "Slides",
            RouteKind.Presenter => "Presenter view",
            RouteKind.SlideHandout => "Slide handout",
            RouteKind.SlideNotes => "Notes pages",
            _ => null,
        };
        var title = route.Kind == RouteKind.About ? AboutModel.Title : document?.Title ?? attribution.SiteName;
        // The home page's title is the site's name, so its card names the charity above it instead.
        var kicker = view is not null ? $"{resource} · {view}" : resource == title ? attribution.Organisation : resource;
        return new ShareCardText(Shortened(kicker), Shortened(title), attribution.ShortNotice, attribution.WebsiteLabel);
    }
}
