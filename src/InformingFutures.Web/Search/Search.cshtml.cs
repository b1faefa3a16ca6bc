using InformingFutures.Web.Layout;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace InformingFutures.Web.Search;

/// <summary>
/// Search across every resource (<c>/search?q=…</c>): the one page that reads more than its address, and only the
/// query's <c>q</c>. Searches are rate-limited (<see cref="SearchRateLimits"/>); a search is never kept in the output cache.
/// </summary>
[EnableRateLimiting(SearchRateLimits.PolicyName)]
public sealed class SearchModel(CurrentSite site) : PageModel, IHasPageHead
{
    public PageHead Head => new(Results.IsEmptyQuery ? "Search" : $"Search results for ‘{Results.Query}’", "Search the resources of the Informing Futures toolkit.");

    public SearchResults Results { get; private set; } = SearchResults.None;

    public void OnGet([FromQuery(Name = "q")] string? query) => Results = site.Snapshot.Search.Search(query);
}
