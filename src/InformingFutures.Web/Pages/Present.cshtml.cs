using InformingFutures.Web.Attribution;
using InformingFutures.Web.Content;
using InformingFutures.Web.Presentation;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Pages;

/// <summary>A workshop deck for a section (<c>/{section}/present</c>) or one page (<c>/{section}/{slug}/present</c>).</summary>
public sealed class PresentModel(CurrentSite site, IOptions<AttributionOptions> attribution) : PageModel
{
    public SlideDeck? Deck { get; private set; }

    public IActionResult OnGet() =>
        (Deck = SlideDeck.ForView(site.Snapshot, site.RouteOf(Request.Path), attribution.Value.SiteName, RouteKind.Deck)) is null ? NotFound() : Page();
}
