using InformingFutures.Web.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InformingFutures.Web.Pages;

/// <summary>The toolkit home: its introduction and a list of its sections.</summary>
public sealed class IndexModel(ContentIndex content) : PageModel
{
    public ContentDocument? Home { get; private set; }

    public IReadOnlyList<ContentDocument> Sections { get; private set; } = [];

    public void OnGet() => (Home, Sections) = (content.Current.Home, content.Current.SectionOverviews().ToList());
}
