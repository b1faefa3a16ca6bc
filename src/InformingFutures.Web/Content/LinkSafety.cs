using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InformingFutures.Web.Content;

/// <summary>
/// Keeps links and images to http, https, mailto and relative URLs. Markdig escapes raw HTML when it is
/// disabled, but still emits <c>href="javascript:…"</c> for a Markdown link, so links are checked here.
/// </summary>
public static class LinkSafety
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>True for relative URLs and for absolute ones with an allowed scheme.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:"), so do the same.
        var compact = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        var colon = compact.IndexOf(':');
        if (colon < 0)
        {
            return true;
        }

        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon)
        {
            return true; // the colon sits in the path, query or fragment of a relative URL
        }

        var scheme = compact[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Replaces every unsafe link or image in <paramref name="document"/> by its plain text.</summary>
    /// <returns>The unsafe URLs found, with their 1-based line and column within the Markdown.</returns>
    public static IReadOnlyList<(int Line, int Column, string Url)> Neutralise(MarkdownDocument document)
    {
        var removed = new List<(int, int, string)>();
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafe(link.Url))
            {
                removed.Add((link.Line + 1, link.Column + 1, link.Url ?? ""));
                UnwrapChildren(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            if (!IsSafe(url))
            {
                removed.Add((autolink.Line + 1, autolink.Column + 1, autolink.Url));
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        return removed;
    }

    /// <summary>Puts a link's text (or an image's alt text) where the link was.</summary>
    private static void UnwrapChildren(LinkInline link)
    {
        Inline anchor = link;
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
            child = next;
        }

        link.Remove();
    }
}
