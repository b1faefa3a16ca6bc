namespace InformingFutures.Web.Search;

/// <summary>
/// The search page with stand-ins where a query's answer goes: rendered once per content version, then each query's
/// answer is the shell with its query and <see cref="SearchResultsHtml"/> set in. The stand-ins are plain letters, so
/// encoding leaves them as they are wherever the page prints them (title, search box, results).
/// </summary>
public static class SearchPageShell
{
    /// <summary>Set in <see cref="HttpContext.Items"/> to have the search page render the shell.</summary>
    public const string Requested = "SearchPageShell.Requested";

    public const string QueryStandIn = "zzsearchqueryzz7c4e";

    public const string ResultsStandIn = "zzsearchresultszz7c4e";

    /// <summary>The answer to one query: the shell with the query and its results set in.</summary>
    public static string Answer(string shell, SearchResults results) =>
        shell.Replace(ResultsStandIn, SearchResultsHtml.Write(results), StringComparison.Ordinal)
            .Replace(QueryStandIn, SearchResultsHtml.EncodeQuery(results.Query), StringComparison.Ordinal);
}
