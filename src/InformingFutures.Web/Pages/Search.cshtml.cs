using InformingFutures.Web.Search;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InformingFutures.Web.Pages;

/// <summary>Search across every resource (<c>/search?q=…</c>).</summary>
public sealed class SearchModel(CurrentSite site) : PageModel
{
    public SearchResults Results { get; private set; } = SearchResults.None;

    /// <summary>Rendering the page with stand-ins for the query and its answer (<see cref="SearchPageShell"/>).</summary>
    public bool IsShell => HttpContext.Items.ContainsKey(SearchPageShell.Requested);

    public void OnGet(string? q) => Results = IsShell
        ? new SearchResults(SearchPageShell.QueryStandIn, [], QueryHasNoWords: false)
        : site.Snapshot.Search.Search(q);
}
