using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace InformingFutures.Web.Search;

/// <summary>
/// The part of the search page that answers the query: a hint, the list of results, or "no results" with
/// suggestions. Written here rather than in Razor so an answer can be set into the search page rendered once per
/// content version (<see cref="SearchPageShell"/>), which keeps a flood of made-up queries cheap. Every piece of
/// text is encoded; the snippets arrive encoded, their <c>&lt;mark&gt;</c>s the only markup.
/// </summary>
public static class SearchResultsHtml
{
    // As the pages' own encoder (UTF-8 pages, so "©" and curly quotes go out as themselves).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Write(SearchResults results)
    {
        var html = new StringBuilder();
        var query = Encoder.Encode(results.Query);
        var count = results.Matches.Count;
        if (results.IsEmptyQuery)
        {
            html.Append("<p class=\"search-hint\">Type a word or two, such as “reflective” or “team”, to find pages that use them.</p>");
        }
        else if (count > 0)
        {
            html.Append($"<p class=\"search-count\">{count} {(count == 1 ? "result" : "results")} for ‘{query}’</p>\n<ol class=\"search-results\">\n");
            foreach (var match in results.Matches)
            {
                html.Append($"<li>\n<h2><a href=\"{Encoder.Encode(match.Document.Url)}\">{Encoder.Encode(match.Document.Title)}</a></h2>\n")
                    .Append($"<p class=\"search-section\">Resource: {Encoder.Encode(match.SectionTitle)}</p>\n")
                    .Append($"<p class=\"search-snippet\">{match.SnippetHtml}</p>\n</li>\n");
            }

            html.Append("</ol>");
        }
        else
        {
            html.Append($"<p class=\"search-none\">No results for ‘{query}’.</p>\n<ul class=\"search-suggestions\">\n");
            if (results.QueryHasNoWords)
            {
                html.Append("<li>Search for words or numbers: punctuation and symbols on their own are not searched.</li>\n");
            }

            html.Append("<li>Check the spelling.</li>\n")
                .Append("<li>Use fewer words: a page must contain every word you search for.</li>\n")
                .Append("<li><a href=\"/\">Browse the resources</a> instead.</li>\n</ul>");
        }

        return html.ToString();
    }

    /// <summary>The query as it appears in the page's title and search box.</summary>
    public static string EncodeQuery(string query) => Encoder.Encode(query);
}
