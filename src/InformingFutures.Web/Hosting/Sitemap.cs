using System.Globalization;
using System.Xml.Linq;
using InformingFutures.Web.Content;

namespace InformingFutures.Web.Hosting;

/// <summary><c>/sitemap.xml</c>: every published page, so search engines find each resource.</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/sitemap.xml", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, ContentIndex content) =>
        {
            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            var pages = content.Current.Documents
                .Select(d => (Url: d.Url, Reviewed: d.Meta.Reviewed ?? content.Current.Find(d.Section, null)?.Meta.Reviewed))
                .Append(("/about", null))
                .Concat(content.Current.SectionOverviews().Select(s => (Url: s.Url + "/handout", s.Meta.Reviewed)));
            var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset",
                pages.Select(p => new XElement(Ns + "url",
                    new XElement(Ns + "loc", origin + p.Url),
                    p.Reviewed is { } reviewed ? new XElement(Ns + "lastmod", reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null))));
            return Results.Text(xml.Declaration + "\n" + xml.ToString(), "application/xml; charset=utf-8");
        });
        return endpoints;
    }
}
