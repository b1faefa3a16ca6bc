using InformingFutures.Web.Attribution;
using InformingFutures.Web.Content;
using InformingFutures.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Pages;

/// <summary>A workshop deck for a section (<c>/{section}/present</c>) or one page (<c>/{section}/{slug}/present</c>).</summary>
public sealed class PresentModel(ContentIndex content, IOptions<AttributionOptions> attribution) : PageModel
{
    public SlideDeck Deck { get; private set; } = null!;

    public IActionResult OnGet(string section, string? slug)
    {
        var snapshot = content.Current;
        var overview = snapshot.Find(section, null);
        Deck = slug is null
            ? overview is null ? null! : SlideDeck.ForSection(snapshot, overview, attribution.Value.SiteName)
            : snapshot.Find(section, slug) is { } page ? SlideDeck.ForPage(page, overview) : null!;
        return Deck is null ? NotFound() : Page();
    }
}
