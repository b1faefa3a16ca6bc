using InformingFutures.Web.Layout;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InformingFutures.Web.Search;

/// <summary>
/// Search across every resource (<c>/search?q=…</c>): the same page for every query, answered in the browser by
/// search.js from the search index, as in the offline copy and the export. The server does no work per search.
/// </summary>
public sealed class SearchModel : PageModel, IHasPageHead
{
    public PageHead Head => new("Search", "Search the resources of the Informing Futures toolkit.");
}
