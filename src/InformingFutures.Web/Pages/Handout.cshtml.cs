using InformingFutures.Web.Layout;
using InformingFutures.Web.Content;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InformingFutures.Web.Pages;

/// <summary>A whole section as one printable handout (<c>/{section}/handout</c>).</summary>
public sealed class HandoutModel(CurrentSite site) : PageModel, IHasPageHead
{
    public PageHead Head => new($"{Overview?.Title}: handout", Overview?.Summary);

    public SiteSnapshot Site { get; } = site.Snapshot;

    public ContentDocument? Overview { get; private set; }

    public IActionResult OnGet() => (Overview = site.RouteOf(Request.Path) is { Kind: RouteKind.Handout } route ? route.Document : null) is null ? NotFound() : Page();
}
