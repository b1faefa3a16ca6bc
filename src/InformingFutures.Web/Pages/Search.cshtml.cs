using InformingFutures.Web.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InformingFutures.Web.Pages;

/// <summary>Search across every resource (<c>/search?q=…</c>).</summary>
public sealed class SearchModel(SearchIndex search) : PageModel
{
    public SearchResults Results { get; private set; } = SearchResults.None;

    public void OnGet(string? q) => Results = search.Search(q);
}
