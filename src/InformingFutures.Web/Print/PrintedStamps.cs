using System.Collections.Concurrent;
using System.Globalization;
using InformingFutures.Web.Attribution;
using InformingFutures.Web.Content;
using InformingFutures.Web.Site;
using Microsoft.Extensions.Options;
using QRCoder;

namespace InformingFutures.Web.Print;

/// <summary>
/// What a printed sheet says about where it came from: "last updated &lt;date&gt; · last reviewed &lt;date&gt; · latest
/// version: &lt;address&gt;", and, when <c>Site:PublicUrl</c> is set, a QR code of that address so a reader can get from
/// paper back to the page online. "Printed &lt;date&gt; · " goes before the line where a script can say what today is
/// (print-footer.js): never from the server, whose day is stale by the time a stored page is printed.
/// </summary>
/// <param name="Address">The page's absolute address; without a public address, the site and the Informing Futures website, never a bare path.</param>
/// <param name="QrSvg">The QR code as an SVG document, or null without a public address.</param>
public sealed record PrintedStamp(string Line, string Address, string? QrSvg);

/// <summary>
/// Makes the stamp for any page. The QR code is drawn on the server as SVG (QRCoder): no script, no network, sharp
/// at any print size. Codes are kept per address; the route table bounds how many there are.
/// </summary>
public sealed class PrintedStamps(IOptions<SiteOptions> site, IOptions<AttributionOptions> attribution)
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    private readonly ConcurrentDictionary<string, string> _codes = new(StringComparer.Ordinal);

    /// <summary>The stamp for the page the request's route shows, or null for routes that are not pages.</summary>
    /// <param name="route">The route as already looked up for the request (<see cref="CurrentSite.RouteOf"/>), not looked up again.</param>
    public PrintedStamp? For(SiteSnapshot snapshot, SiteRoute? route)
    {
        if (route is not { IsHtmlPage: true })
        {
            return null;
        }

        // Decks, presenter views and handouts send a reader to the page they were made from.
        var page = route.Kind is RouteKind.Home or RouteKind.Overview or RouteKind.Page or RouteKind.About or RouteKind.Search || route.Document is null
            ? route.Path
            : route.Document.Url;
        var document = route.Document ?? (route.Kind == RouteKind.Home ? snapshot.Content.Home : null);
        // Only a review the page's own front matter records: a page never claims its section's.
        var reviewed = document?.Meta.Reviewed;
        var address = PaperAddress(page, document?.Title);

        var line = (document is null ? "" : LastUpdated(document) + " · ")
            + (reviewed is { } r ? $"last reviewed {Long(r)} · " : "")
            + $"latest version: {address}";
        var qr = site.Value.AbsoluteUrl(page) is { } absolute ? _codes.GetOrAdd(absolute, Draw) : null;
        return new PrintedStamp(line, address, qr);
    }

    /// <summary>
    /// Where paper sends a reader: the page's absolute address; with no public address configured, the page's title
    /// and path in the toolkit, so it can be found again, or (without a title) the site's name and the website.
    /// </summary>
    public string PaperAddress(string page, string? title = null) =>
        site.Value.AbsoluteUrl(page)
        ?? (title is null ? $"{attribution.Value.SiteName}, {attribution.Value.WebsiteLabel}" : $"{title} ({page}), {attribution.Value.SiteName}");

    /// <summary>
    /// So a reader holding last year's sheet can tell whether it is still right: the newest of the page's
    /// <c>changes</c>. With none recorded the sheet says so, and claims nothing about when the page came out.
    /// </summary>
    private static string LastUpdated(ContentDocument document) =>
        document.Meta.ChangesNewestFirst.FirstOrDefault()?.Date is { } updated ? $"last updated {Long(updated)}" : "no updates recorded";

    private static string Long(DateTime date) => date.ToString("d MMMM yyyy", British);

    // The lowest error correction: a printed sheet is clean, and fewer, larger modules keep a long address (a GitHub
    // Pages project site's deck handout is about 95 characters) readable in 17 mm at a printer's 150 dpi.
    private static string Draw(string address)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.L);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
