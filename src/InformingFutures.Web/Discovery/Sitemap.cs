using System.Globalization;
using System.Xml.Linq;
using InformingFutures.Web.Site;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Discovery;

/// <summary>
/// <c>/sitemap.xml</c>: every listed page of the route table, so search engines find each resource. A sitemap
/// needs absolute addresses, so it is served only when <c>Site:PublicUrl</c> says what they are.
/// </summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The sitemap of one snapshot, built with it; null without a public address.</summary>
    public sealed record Xml(string? Text);

    public static IServiceCollection AddToolkitDiscovery(this IServiceCollection services) => services.AddSingleton<ISnapshotPart, Part>();

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(RouteTable.SitemapPath, [HttpMethods.Get, HttpMethods.Head], (CurrentSite site) =>
            site.Snapshot.Part<Xml>().Text is { } xml && site.Snapshot.Routes.Find(RouteTable.SitemapPath, RouteKind.Sitemap) is not null
                ? Results.Text(xml, "application/xml; charset=utf-8")
                : Results.NotFound());
        return endpoints;
    }

    private sealed class Part(IOptions<SiteOptions> options) : SnapshotPart<Xml>
    {
        public override Xml Build(SiteSnapshot snapshot) => new(options.Value.BaseUrl is { } origin ? Write(snapshot, origin) : null);
    }

    private static string Write(SiteSnapshot site, string origin)
    {
        // The later of the page's own last update and last review (never its section's: a page claims only its own dates).
        var pages = site.Routes.Listed.Select(r => (r.Path, Reviewed: r.Document is { } d
            ? Later(d.Meta.ChangesNewestFirst.FirstOrDefault()?.Date, d.Meta.Reviewed)
            : null));
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset",
            pages.Select(p => new XElement(Ns + "url",
                new XElement(Ns + "loc", origin + p.Path),
                p.Reviewed is { } reviewed ? new XElement(Ns + "lastmod", reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null))));
        return xml.Declaration + "\n" + xml;
    }

    private static DateTime? Later(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
