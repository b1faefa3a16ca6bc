using System.Text.Json;

namespace InformingFutures.Web.Search;

/// <summary>
/// The search catalogue as a script, for copies of the site with no server (the static export from a USB stick or a
/// static host). Each page's terms are the ones the server searches with, computed here by the same
/// <see cref="SearchEntry"/>, so both rank alike; <c>search.js</c> reads the query into terms the same way
/// (a browser test checks the two agree on generated text) and builds the same snippets. A script rather than JSON,
/// because <c>fetch</c> does not work over <c>file://</c>.
/// </summary>
public static class SearchIndexScript
{
    private static readonly byte[] Start = "window.toolkitSearchIndex = "u8.ToArray();
    private static readonly byte[] End = ";\n"u8.ToArray();

    /// <summary>The script as UTF-8 bytes, led by <paramref name="notice"/> as a comment.</summary>
    public static byte[] Write(SearchCatalogue catalogue, string notice)
    {
        var index = new
        {
            weights = new { title = SearchEntry.TitleWeight, heading = SearchEntry.HeadingWeight, summary = SearchEntry.SummaryWeight, body = SearchEntry.BodyWeight },
            maxQueryLength = SearchCatalogue.MaxQueryLength,
            words = catalogue.Written.OrderBy(w => w.Key, StringComparer.Ordinal).ToDictionary(w => w.Key, w => w.Value),
            pages = catalogue.Entries.Select(e => new
            {
                url = e.Document.Url,
                title = e.Document.Title,
                section = e.SectionTitle,
                summary = e.Document.Summary,
                text = e.Document.PlainText,
                terms = new
                {
                    title = e.TitleTerms.Order(StringComparer.Ordinal),
                    heading = e.HeadingTerms.Order(StringComparer.Ordinal),
                    summary = e.SummaryTerms.Order(StringComparer.Ordinal),
                    body = e.BodyTerms.Order(StringComparer.Ordinal),
                },
            }),
        };

        // The serializer escapes <, > and & too, so no content can end the script early wherever it is included.
        var script = new MemoryStream();
        script.Write(System.Text.Encoding.UTF8.GetBytes($"/* {notice.Replace("*/", "* /", StringComparison.Ordinal).ReplaceLineEndings(" ")} */\n"));
        script.Write(Start);
        JsonSerializer.Serialize(script, index);
        script.Write(End);
        return script.ToArray();
    }
}
