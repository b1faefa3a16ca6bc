using InformingFutures.Web.Attribution;
using InformingFutures.Web.Site;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Discovery;

/// <summary>
/// <c>/robots.txt</c> (<see cref="RouteTable.RobotsPath"/>): every page may be crawled, and with a public address the sitemap is named. It leads with the
/// charity's notice, as every file of the toolkit a person can read does.
/// </summary>
public static class Robots
{
    public static IEndpointRouteBuilder MapRobots(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(RouteTable.RobotsPath, [HttpMethods.Get, HttpMethods.Head], (IOptions<SiteOptions> site, IOptions<AttributionOptions> attribution) =>
            Results.Text(Text(site.Value, attribution.Value), "text/plain; charset=utf-8"));
        return endpoints;
    }

    public static string Text(SiteOptions site, AttributionOptions attribution) =>
        $"# {attribution.SiteName}. {attribution.ShortNotice} {attribution.WebsiteLabel} ({attribution.WebsiteUrl})\n" +
        "User-agent: *\nDisallow:\n" +
        (site.AbsoluteUrl(RouteTable.SitemapPath) is { } sitemap ? $"Sitemap: {sitemap}\n" : "");
}
