using InformingFutures.Web.Layout;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InformingFutures.Web.Pages;

/// <summary>The toolkit home: its introduction and a list of its sections.</summary>
public sealed class IndexModel(CurrentSite site) : PageModel, IHasPageHead
{
    public PageHead Head => new(Site.Content.Home?.Title, Site.Content.Home?.Summary);

    public SiteSnapshot Site { get; } = site.Snapshot;

    public void OnGet()
    {
    }
}
