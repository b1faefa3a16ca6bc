using Microsoft.AspNetCore.Mvc.Routing;

namespace InformingFutures.Web.Site;

/// <summary>
/// The only routing of pages: an address reaches a page if the request's snapshot lists it in its route table, and
/// the kind of route names the page. Pages declare no route template, so there is no second list of addresses to
/// keep in step, and an address the table does not hold falls through to the 404 page.
/// </summary>
internal sealed class RouteTablePages(LiveSnapshot index) : DynamicRouteValueTransformer
{
    /// <summary>The catch-all pattern the transformer is mapped on; anything an endpoint of its own serves wins over it.</summary>
    public const string Pattern = "{**address}";

    public override ValueTask<RouteValueDictionary> TransformAsync(HttpContext httpContext, RouteValueDictionary values)
    {
        var route = CurrentSite.Of(httpContext, index).RouteOf(httpContext.Request.Path);
        var page = route is null ? null : PageOf(route);
        // A null answer is how a transformer says "no page here": routing goes on to the 404.
        return ValueTask.FromResult(page is null ? null! : new RouteValueDictionary { ["page"] = page });
    }

    /// <summary>The Razor page that renders each kind of address; the others are answered by endpoints of their own.</summary>
    public static string? PageOf(SiteRoute route) => route.Kind switch
    {
        RouteKind.Home => "/Pages/Index",
        RouteKind.Overview or RouteKind.Page => "/Pages/Content",
        RouteKind.About => "/Pages/About",
        RouteKind.Handout => "/Pages/Handout",
        RouteKind.Deck => "/Presentation/Present",
        RouteKind.Presenter => "/Presentation/Presenter",
        RouteKind.SlideHandout or RouteKind.SlideNotes => "/Presentation/SlideHandout",
        RouteKind.Search => "/Search/Search",
        RouteKind.Offline => "/Offline/Offline",
        RouteKind.Status when route.Path == RouteTable.ErrorPath => "/Pages/Error",
        RouteKind.Status => "/Pages/StatusCode",
        _ => null,
    };
}
