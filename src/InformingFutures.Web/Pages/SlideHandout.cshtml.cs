using InformingFutures.Web.Attribution;
using InformingFutures.Web.Presentation;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Pages;

/// <summary>A deck on paper: three slides to a page with lines for notes (<c>…/present/handout</c>), or one slide to a page above its speaker notes (<c>…/present/notes</c>).</summary>
public sealed class SlideHandoutModel(CurrentSite site, IOptions<AttributionOptions> attribution) : PageModel
{
    public SlideDeck? Deck { get; private set; }

    public bool IsNotesPages => site.RouteOf(Request.Path)?.Kind == RouteKind.SlideNotes;

    public IActionResult OnGet() =>
        (Deck = SlideDeck.ForView(site.Snapshot, site.RouteOf(Request.Path), attribution.Value.SiteName, RouteKind.SlideHandout, RouteKind.SlideNotes)) is null ? NotFound() : Page();
}
