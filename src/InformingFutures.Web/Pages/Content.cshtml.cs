using InformingFutures.Web.Layout;
using InformingFutures.Web.Content;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InformingFutures.Web.Pages;

/// <summary>A section overview (<c>/{section}</c>) or one of its pages (<c>/{section}/{slug}</c>).</summary>
public sealed class ContentModel(CurrentSite site) : PageModel, IHasPageHead
{
    public PageHead Head => new(Document?.Title, Document?.Summary);

    public SiteSnapshot Site { get; } = site.Snapshot;

    public ContentDocument? Document { get; private set; }

    public IActionResult OnGet() =>
        (Document = site.RouteOf(Request.Path) is { Kind: RouteKind.Overview or RouteKind.Page } route ? route.Document : null) is null ? NotFound() : Page();
}
