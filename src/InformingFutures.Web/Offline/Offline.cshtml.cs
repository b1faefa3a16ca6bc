using InformingFutures.Web.Layout;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InformingFutures.Web.Offline;

/// <summary>
/// What the offline copy shows for an address it never stored: the pages it did store, by resource. The service
/// worker stores this page with the rest, so the list is of the same version as the pages it links to.
/// </summary>
public sealed class OfflineModel(CurrentSite site) : PageModel, IHasPageHead
{
    public PageHead Head { get; } = new("You are offline", "This page was not stored for reading offline; these pages were.");

    /// <summary>Each resource's pages and handout, then the toolkit's own pages.</summary>
    public IReadOnlyList<(string Section, IReadOnlyList<(string Path, string Title)> Pages)> Readable { get; private set; } = [];

    public void OnGet()
    {
        var snapshot = site.Snapshot;
        var resources = snapshot.Routes.Sections
            .Select(section => section.Document).OfType<Content.ContentDocument>()
            .Select(overview => (overview.Title, (IReadOnlyList<(string, string)>)
            [
                .. snapshot.Content.ReadingOrder(overview.Section).Select(d => (d.Url, d.Title)),
                .. snapshot.Routes.HandoutOf(overview) is { } handout ? [(handout, $"{overview.Title}: handout")] : Array.Empty<(string, string)>(),
            ]));
        var general = snapshot.Content.Documents.Where(d => d.IsHome || d.Meta.IsSitePage).Select(d => (d.Url, d.IsHome ? "Home" : d.Title))
            .Append((RouteTable.AboutPath, "About this toolkit")).ToList();
        Readable = [.. resources, ("The toolkit", general)];
    }
}
