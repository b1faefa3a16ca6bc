using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace InformingFutures.Web.Content;

/// <summary>
/// Gives every heading a GitHub-style id ("benefits", then "benefits-1" for a second one, never one of the layout's
/// <see cref="LayoutIds"/>), as Markdig's AutoIdentifiers extension does. That extension searches from "-1" upwards for
/// every repeated heading, so a file of many equal headings takes quadratic time (16,000 empty headings stopped the
/// site for minutes); this remembers where each search stopped.
/// </summary>
internal static class HeadingIds
{
    /// <summary>
    /// Ids the layout and views give their own elements: a heading "Citation" becomes "citation-1", so "Copy citation"
    /// still copies the citation and the skip link still reaches the page's main content.
    /// </summary>
    public static readonly IReadOnlyList<string> LayoutIds =
    [
        "main", "citation", "cite-this-resource", "comparison", "contact", "copyright", "deck", "deck-help-title",
        "deck-overview-title", "pages", "presenter", "search-page-q", "section-contents-heading", "site-nav", "site-search",
        "site-search-q", "terms",
        "updates-to-this-page",
    ];

    public static void Assign(MarkdownDocument document)
    {
        var used = new HashSet<string>(LayoutIds, StringComparer.Ordinal);
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        var text = new StringWriter();
        var plain = new HtmlRenderer(text) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Inline is null || heading.GetAttributes().Id is not null)
            {
                continue;
            }

            text.GetStringBuilder().Clear();
            plain.Render(heading.Inline);
            plain.Writer.Flush();
            var slug = LinkHelper.UrilizeAsGfm(text.ToString());
            var baseId = string.IsNullOrEmpty(slug) ? "section" : slug;
            var id = baseId;
            if (!used.Add(id))
            {
                var suffix = nextSuffix.GetValueOrDefault(baseId, 1);
                while (!used.Add(id = $"{baseId}-{suffix}"))
                {
                    suffix++;
                }

                nextSuffix[baseId] = suffix + 1;
            }

            heading.GetAttributes().Id = id;
        }
    }
}
