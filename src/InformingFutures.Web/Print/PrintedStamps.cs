using System.Collections.Concurrent;
using System.Globalization;
using InformingFutures.Web.Content;
using InformingFutures.Web.Site;
using Microsoft.Extensions.Options;
using QRCoder;

namespace InformingFutures.Web.Print;

/// <summary>
/// What a printed sheet says about where it came from: "Printed &lt;date&gt; · last updated &lt;date&gt; · last reviewed &lt;date&gt; · latest version:
/// &lt;address&gt;", and, when <c>Site:PublicUrl</c> is set, a QR code of that address so a reader can get from paper back
/// to the page online.
/// </summary>
/// <param name="QrSvg">The QR code as an SVG document, or null without a public address.</param>
public sealed record PrintedStamp(string Line, string Address, string? QrSvg);

/// <summary>
/// Makes the stamp for any page. The QR code is drawn on the server as SVG (QRCoder): no script, no network, sharp
/// at any print size. Codes are kept per address; the route table bounds how many there are.
/// </summary>
public sealed class PrintedStamps(IOptions<SiteOptions> site, TimeProvider clock)
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    private readonly ConcurrentDictionary<string, string> _codes = new(StringComparer.Ordinal);

    /// <summary>The stamp for the page at <paramref name="path"/>, or null for addresses that are not pages.</summary>
    public PrintedStamp? For(SiteSnapshot snapshot, string? path)
    {
        if (path is null || snapshot.Routes.Find(path) is not { IsHtmlPage: true } route)
        {
            return null;
        }

        // Decks, presenter views and handouts send a reader to the page they were made from.
        var page = route.Kind is RouteKind.Home or RouteKind.Overview or RouteKind.Page or RouteKind.About or RouteKind.Search || route.Document is null
            ? route.Path
            : route.Document.Url;
        var document = route.Document ?? (route.Kind == RouteKind.Home ? snapshot.Content.Home : null);
        var overview = document is null ? null : snapshot.Content.Find(document.Section, null);
        var reviewed = document?.Meta.Reviewed ?? overview?.Meta.Reviewed;
        var address = site.Value.AddressOf(page);

        var line = $"Printed {Long(clock.GetUtcNow().UtcDateTime)}"
            + (document is null ? "" : " · " + LastUpdated(document, overview))
            + (reviewed is { } r ? $" · last reviewed {Long(r)}" : "")
            + $" · latest version: {address}";
        var qr = site.Value.AbsoluteUrl(page) is { } absolute ? _codes.GetOrAdd(absolute, Draw) : null;
        return new PrintedStamp(line, address, qr);
    }

    /// <summary>
    /// So a reader holding last year's sheet can tell whether it is still right: the newest of the page's
    /// <c>changes</c>, or that there has been none since the resource came out.
    /// </summary>
    private static string LastUpdated(ContentDocument document, ContentDocument? overview) =>
        document.Meta.ChangesNewestFirst.FirstOrDefault()?.Date is { } updated ? $"last updated {Long(updated)}"
        : (document.Meta.Year ?? overview?.Meta.Year) is { } year ? $"no updates since publication in {year}"
        : "no updates recorded";

    private static string Long(DateTime date) => date.ToString("d MMMM yyyy", British);

    private static string Draw(string address)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
