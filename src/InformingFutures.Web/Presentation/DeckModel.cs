using InformingFutures.Web.Attribution;
using InformingFutures.Web.Layout;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Presentation;

/// <summary>
/// The one model of every view of a deck: the slides (<c>…/present</c>), the presenter view (<c>…/present/presenter</c>),
/// the slide handout (<c>…/present/handout</c>) and the notes pages (<c>…/present/notes</c>). The route table says
/// which view an address is; each view is its own page of this folder.
/// </summary>
public sealed class DeckModel(CurrentSite site, IOptions<AttributionOptions> attribution) : PageModel, IHasPageHead
{
    /// <summary>Null only when the address is not a view of a deck, and the page answers 404 before rendering.</summary>
    public SlideDeck? Deck { get; private set; }

    /// <summary>Which view of the deck the address is.</summary>
    public RouteKind View { get; private set; }

    public bool IsNotesPages => View == RouteKind.SlideNotes;

    /// <summary>What the view is called, in its title and its tools.</summary>
    public string ViewName => View switch
    {
        RouteKind.Presenter => "presenter view",
        RouteKind.SlideHandout => "slide handout",
        RouteKind.SlideNotes => "notes pages",
        _ => "presentation",
    };

    public PageHead Head => new($"{Deck?.Title}: {ViewName}", View switch
    {
        RouteKind.Presenter => "The trainer's view of the slides: current and next slide, notes and a timer.",
        RouteKind.SlideHandout => "The slides three to a page, with lines for notes.",
        RouteKind.SlideNotes => "The slides one to a page, each above its speaker notes.",
        _ => "Slides for presenting this resource in a workshop.",
    });

    public IActionResult OnGet()
    {
        if (site.RouteOf(Request.Path) is not { Kind: RouteKind.Deck or RouteKind.Presenter or RouteKind.SlideHandout or RouteKind.SlideNotes } route)
        {
            return NotFound();
        }

        View = route.Kind;
        Deck = SlideDeck.ForView(site.Snapshot, route, attribution.Value.SiteName, route.Kind);
        return Deck is null ? NotFound() : Page();
    }
}
