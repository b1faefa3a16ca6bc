using System.Text;
using InformingFutures.Web.Attribution;
using InformingFutures.Web.Site;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Print;

/// <summary>
/// Serves, for each page in the route table, the CSS that prints the attribution and the page's own address in
/// the bottom margin of every printed sheet. CSS margin boxes cannot read the page, so the text is written into
/// the stylesheet; it comes from the Attribution settings and <c>Site:PublicUrl</c>, never from the request.
/// </summary>
public static class PrintAttributionStylesheet
{

    public static IEndpointRouteBuilder MapPrintAttributionStylesheet(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(RouteTable.PrintFooterPrefix + "{**page}", [HttpMethods.Get, HttpMethods.Head],
            (HttpContext context, CurrentSite site, IOptions<AttributionOptions> attribution, PrintedStamps stamps) =>
            {
                if (site.Snapshot.Routes.Find(context.Request.Path, RouteKind.PrintFooter) is not { } route)
                {
                    return Results.NotFound();
                }

                var a = attribution.Value;
                var lines = new StringBuilder($"{a.ShortNotice} · {a.WebsiteLabel}");
                var css = new StringBuilder();
                string? stampLine = null;
                if (route.PageAddress is { } page)
                {
                    // A printed deck carries its QR code and date on its last slide, not on every sheet. A sheet names its
                    // own address once: in the stamp line, which for a handout or notes names the page it was made from.
                    var pageRoute = site.Snapshot.Routes.Find(page);
                    var own = stamps.PaperAddress(page, pageRoute?.Document?.Title);
                    var stamp = pageRoute?.Kind is RouteKind.Deck or RouteKind.Presenter ? null : stamps.For(site.Snapshot, pageRoute);
                    if (stamp?.Address != own)
                    {
                        lines.Append('\n').Append(own);
                    }

                    if (stamp is not null)
                    {
                        // "Printed <today> · " comes from the reader's browser as they print (printed-on.js), or not at all.
                        // The address on a line of its own, so it is never broken at one of its hyphens.
                        stampLine = stamp.Line[..^stamp.Address.Length].TrimEnd() + "\n" + stamp.Address;
                        if (stamp.QrSvg is { } qr)
                        {
                            var image = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(qr.Replace("<svg ", "<svg width=\"17mm\" height=\"17mm\" ", StringComparison.Ordinal)));
                            css.Append($" @bottom-right {{ content: url(\"{image}\") \"\\A Page \" counter(page) \" of \" counter(pages); white-space: pre; text-align: right; }}");
                        }
                    }
                }

                context.Response.Headers.CacheControl = "public, max-age=300";
                var content = stampLine is null ? CssString(lines.ToString())
                    : $"{CssString(lines.Append('\n').ToString())} var({PrintedStamp.PrintedOnProperty}, \"\") {CssString(stampLine)}";
                return Results.Text($"@page {{ @bottom-left {{ content: {content}; }}{css} }}\n", "text/css; charset=utf-8");
            });
        return endpoints;
    }

    /// <summary>A double-quoted CSS string; anything that could end it early is escaped.</summary>
    private static string CssString(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var c in text)
        {
            css.Append(c switch
            {
                '"' or '\\' => $"\\{c}",
                '\n' => "\\A ",
                < ' ' or '\u007f' or '<' or '>' => $"\\{(int)c:X} ",
                _ => c.ToString(),
            });
        }

        return css.Append('"').ToString();
    }
}
