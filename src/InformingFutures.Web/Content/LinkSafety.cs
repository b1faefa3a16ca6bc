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

    /// <summary>
    /// True when a relative link's path climbs above the site's root ("/../x", "../../x" from a page one folder deep,
    /// "%2e%2e" spelled encoded): a browser drops the extra steps, but a copy written to disk would not.
    /// </summary>
    /// <param name="folderDepth">How many folders deep the linking page's address sits: 1 for /section/page, 0 for /section and /.</param>
    public static bool ClimbsAboveRoot(string? url, int folderDepth)
    {
        if (string.IsNullOrEmpty(url) || !IsSafe(url) || url.Contains(':', StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal))
        {
            return false; // absolute addresses leave the site rather than climb it
        }

        var end = url.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(end < 0 ? url : url[..end]).Replace('\\', '/');
        var depth = path.StartsWith('/') ? 0 : folderDepth;
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i].Trim();
            if (segment == "..")
            {
                if (--depth < 0)
                {
                    return true;
                }
            }
            else if (segment is not ("." or "") && i < segments.Length - 1)
            {
                depth++; // a folder; the last segment is the page or file itself
            }
        }

        return false;
    }

    /// <summary>Replaces every unsafe link or image in <paramref name="document"/>, and any that climbs above the site's root, by its plain text.</summary>
    /// <param name="folderDepth">How many folders deep the page's own address sits (see <see cref="ClimbsAboveRoot"/>).</param>
    /// <returns>The URLs removed, with their 1-based line and column within the Markdown and whether they climbed (else they were unsafe).</returns>
    public static IReadOnlyList<(int Line, int Column, string Url, bool Climbs)> Neutralise(MarkdownDocument document, int folderDepth)
    {
        var removed = new List<(int, int, string, bool)>();
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var climbs = ClimbsAboveRoot(link.Url, folderDepth);
            if (!IsSafe(link.Url) || climbs)
            {
                removed.Add((link.Line + 1, link.Column + 1, link.Url ?? "", climbs));
                UnwrapChildren(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            if (!IsSafe(url))
            {
                removed.Add((autolink.Line + 1, autolink.Column + 1, autolink.Url, false));
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
