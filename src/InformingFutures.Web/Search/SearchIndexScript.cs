using System.Text.Json;
using InformingFutures.Web.Content;

namespace InformingFutures.Web.Search;

/// <summary>
/// What search.js searches: each page's title, section, headings, summary and text, section by section. Everything
/// else (words, stems, spellings, typos, ranking, snippets) is worked out by search.js alone, so the site, its offline
/// copy and the export answer a query alike by construction. A script rather than JSON, because <c>fetch</c> does not
/// work over <c>file://</c>.
/// </summary>
public static class SearchIndexScript
{
    /// <summary>Longer queries are cut to this length rather than refused.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>The script as UTF-8 bytes, led by <paramref name="notice"/> as a comment.</summary>
    public static byte[] Write(ContentSnapshot content, string notice)
    {
        var index = new
        {
            maxQueryLength = MaxQueryLength,
            // Every page but the home page, which introduces the toolkit rather than holding a resource.
            pages = content.Documents.Where(d => !d.IsHome).Select(d => new
            {
                url = d.Url,
                title = d.Title,
                section = content.Find(d.Section, null)?.Title ?? d.Section,
                site = d.Meta.IsSitePage,
                summary = d.Summary,
                headings = d.Sections.Select(s => s.Heading),
                parts = d.PlainText.Split('\f'),
            }),
        };

        // The serializer escapes <, > and & too, so no content can end the script early wherever it is included.
        var script = new MemoryStream();
        script.Write(System.Text.Encoding.UTF8.GetBytes($"/* {notice.Replace("*/", "* /", StringComparison.Ordinal).ReplaceLineEndings(" ")} */\nwindow.toolkitSearchIndex = "));
        JsonSerializer.Serialize(script, index);
        script.Write(";\n"u8);
        return script.ToArray();
    }
}
