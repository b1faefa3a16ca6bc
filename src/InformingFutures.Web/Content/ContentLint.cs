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
public static partial class ContentLint
{
    /// <summary>What to write in Markdown instead of an HTML tag, which the site shows as typed.</summary>
    private static readonly Dictionary<string, string> MarkdownFor = new(StringComparer.OrdinalIgnoreCase)
    {
        ["b"] = "write **bold** instead", ["strong"] = "write **bold** instead",
        ["i"] = "write *italic* instead", ["em"] = "write *italic* instead",
        ["br"] = "end the line with a backslash (\\), or leave a blank line for a new paragraph",
        ["p"] = "leave a blank line between paragraphs instead",
        ["a"] = "write [the link's words](https://address) instead",
        ["ul"] = "start each item's line with '- ' instead", ["ol"] = "start each item's line with '1. ' instead", ["li"] = "start the item's line with '- ' instead",
        ["h2"] = "start the line with '## ' instead", ["h3"] = "start the line with '### ' instead", ["h4"] = "start the line with '#### ' instead",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"<([A-Za-z][A-Za-z0-9]*)(\s[^<>]*)?/?>")]
    private static partial System.Text.RegularExpressions.Regex HtmlTag();

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

        // The site shows no HTML (it could carry a script): a tag is shown as typed, so say what to write instead.
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            foreach (System.Text.RegularExpressions.Match tag in HtmlTag().Matches(literal.Content.ToString()))
            {
                var advice = MarkdownFor.GetValueOrDefault(tag.Groups[1].Value, "write it in Markdown instead (docs/editing.md shows how)");
                problems.Add(ContentProblem.Warning(path, literal.Line + 1, literal.Column + 1 + tag.Index,
                    $"'{tag.Value}' shows on the page as typed, because pages show no HTML: {advice}"));
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
