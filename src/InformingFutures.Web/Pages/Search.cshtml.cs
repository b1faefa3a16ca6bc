using InformingFutures.Web.Search;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InformingFutures.Web.Pages;

/// <summary>Search across every resource (<c>/search?q=…</c>).</summary>
public sealed class SearchModel(CurrentSite site) : PageModel
{
    public SearchResults Results { get; private set; } = SearchResults.None;

    public void OnGet(string? q) => Results = site.Snapshot.Search.Search(q);
}
