using InformingFutures.Web.Attribution;
using InformingFutures.Web.Presentation;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Pages;

/// <summary>The trainer's screen for a deck (<c>…/present/presenter</c>): current and next slide, notes, timer, clock.</summary>
public sealed class PresenterModel(CurrentSite site, IOptions<AttributionOptions> attribution) : PageModel
{
    public SlideDeck? Deck { get; private set; }

    public IActionResult OnGet() =>
        (Deck = SlideDeck.ForView(site.Snapshot, site.RouteOf(Request.Path), attribution.Value.SiteName, RouteKind.Presenter)) is null ? NotFound() : Page();
}
