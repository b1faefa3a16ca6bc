using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InformingFutures.Web.Content;

/// <summary>A link from one page to another page of the site, checked once every page is known.</summary>
public sealed record InternalLink(int Line, int Column, string Url);

/// <summary>
/// Rules about the Markdown body that do not stop a page being published but that an editor should fix:
/// images without alt text or from other sites, skipped heading levels. Also collects links to other pages of the site.
/// </summary>
public static class ContentLint
{
    /// <summary>The most headings a page may have (a toolkit page has a handful).</summary>
    public const int MaxHeadings = 100;

    /// <summary>The most paragraphs, list items and table rows a page may have (a toolkit page has under a hundred).</summary>
    public const int MaxBlocks = 1_000;

    public static (IReadOnlyList<ContentProblem> Problems, IReadOnlyList<InternalLink> Links) Check(MarkdownDocument document, string path)
    {
        var problems = new List<ContentProblem>();
        var links = new List<InternalLink>();

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage && !link.Descendants<LiteralInline>().Any(l => l.Content.Length > 0 && !l.Content.IsEmptyOrWhitespace()))
            {
                problems.Add(ContentProblem.Warning(path, link.Line + 1, link.Column + 1, "image has no alt text: describe it between the square brackets, ![like this](picture.png)"));
            }

            // The site's Content-Security-Policy shows only its own images (and keeps readers' browsers off other hosts).
            if (link.IsImage && link.Url is { Length: > 0 } source && IsOnAnotherSite(source))
            {
                problems.Add(ContentProblem.Warning(path, link.Line + 1, link.Column + 1, $"the image {source} is on another site, which pages never load from: it shows as broken on screen and in PDFs; remove it, or link to it instead"));
            }
            else if (!link.IsImage && link.Url is { Length: > 0 } url && IsInternal(url))
            {
                links.Add(new InternalLink(link.Line + 1, link.Column + 1, url));
            }
        }

        // Each heading becomes a slide, a notes page and a contents entry: one limit keeps every view of a page small.
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (headings.Count > MaxHeadings)
        {
            var first = headings[MaxHeadings];
            problems.Add(new ContentProblem(path, first.Line + 1, $"the page has {headings.Count:N0} headings; the limit is {MaxHeadings}, as each becomes a slide and a notes page: split the page into several", first.Column + 1));
        }

        // Blocks are what slides are cut from: this bounds a page's deck, handouts and notes (under 1 MB at the limit).
        var blocks = document.Descendants<Block>().Where(b => b is TableRow || (b is LeafBlock and not YamlFrontMatterBlock && b.Parent is not TableCell)).Take(MaxBlocks + 1).ToList();
        if (blocks.Count > MaxBlocks)
        {
            var first = blocks[MaxBlocks];
            problems.Add(new ContentProblem(path, first.Line + 1, $"the page has more than {MaxBlocks:N0} paragraphs, list items, headings and table rows, and each few become a slide: split the page into several", first.Column + 1));
        }

        // The page title is the only level-1 heading; sections start at level 2 and go down one step at a time.
        var previous = 1;
        foreach (var heading in headings)
        {
            if (heading.Level == 1)
            {
                problems.Add(ContentProblem.Warning(path, heading.Line + 1, heading.Column + 1, "use '##' for sections: the page title from front matter is the only level-1 heading"));
            }
            else if (heading.Level > previous + 1)
            {
                problems.Add(ContentProblem.Warning(path, heading.Line + 1, heading.Column + 1, $"heading level skipped: a level-{heading.Level} heading follows level {previous}"));
            }

            previous = heading.Level;
        }

        return (problems, links);
    }

    private static bool IsOnAnotherSite(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");

    /// <summary>Relative and root-relative links without a scheme point into this site.</summary>
    private static bool IsInternal(string url) =>
        !url.StartsWith('#') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains(':', StringComparison.Ordinal);
}
