using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace InformingFutures.Web.Content;

/// <summary>The result of parsing one Markdown file: its front matter text and its safe HTML.</summary>
/// <param name="FrontMatterYaml">The YAML between the <c>---</c> fences, or null when the file has none.</param>
/// <param name="FrontMatterLine">1-based line of the first YAML line in the file.</param>
/// <param name="PlainText">The body without markup, for search; a form feed where each level-2 heading stood.</param>
/// <param name="Notes">Speaker notes, taken out of everything else.</param>
/// <param name="NoteProblems">Notes blocks that are unclosed or of an unknown kind: each keeps the file off the site.</param>
/// <param name="Syntax">The parsed document (unsafe links, comments and notes already removed), for the content rules.</param>
/// <param name="Comments">Where each HTML comment began: taken out, never published.</param>
public sealed record RenderedMarkdown(
    string? FrontMatterYaml,
    int FrontMatterLine,
    string Html,
    IReadOnlyList<DocumentSection> Sections,
    IReadOnlyList<(int Line, int Column, string Url, bool Climbs)> UnsafeLinks,
    IReadOnlyList<SpeakerNote> Notes,
    IReadOnlyList<(int Line, int Column, string Message)> NoteProblems,
    string PlainText,
    MarkdownDocument Syntax,
    IReadOnlyList<(int Line, int Column)> Comments);

/// <summary>
/// Owns the site's single Markdig pipeline, built once: it is immutable and safe to share between threads.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .UseCustomContainers() // for speaker notes only (SpeakerNotes)
        .DisableHtml()
        .Use<EditorComments>()
        .Use<ParseDeadlineChecks>()
        .Build();

    /// <param name="folderDepth">How many folders deep the page's address sits, for links that climb (see <see cref="LinkSafety.ClimbsAboveRoot"/>).</param>
    public RenderedMarkdown Render(string markdown, int folderDepth = 0)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        ParseDeadline.ThrowIfPassed();
        HeadingIds.Assign(document);
        var unsafeLinks = LinkSafety.Neutralise(document, folderDepth);
        var comments = EditorComments.Extract(document);
        var (notes, noteProblems) = SpeakerNotes.Extract(document, RenderChildren);

        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        var yaml = frontMatter is null ? null : string.Join('\n', frontMatter.Lines.Lines.Take(frontMatter.Lines.Count).Select(l => l.ToString()));

        ParseDeadline.ThrowIfPassed();
        var (html, sections, plainText) = RenderBlocks(document);
        return new RenderedMarkdown(yaml, frontMatter is null ? 1 : frontMatter.Line + 2, html, sections, unsafeLinks, notes, noteProblems, plainText, document, comments);
    }

    /// <summary>
    /// Renders the whole document and, alongside, the content under each level-2 heading, so a page can
    /// show one part (a model's benefits, say) without that text being typed twice; and the plain text, for search.
    /// </summary>
    private (string Html, IReadOnlyList<DocumentSection> Sections, string PlainText) RenderBlocks(MarkdownDocument document)
    {
        var whole = new StringWriter();
        var wholeRenderer = CreateRenderer(whole);
        var plain = new StringWriter();
        var plainRenderer = CreatePlainTextRenderer(plain);
        // Each section is the run of the page's HTML after its heading, up to the next level-2 heading: the same
        // renderer writes the same blocks, so it is kept as a range of the page's HTML rather than a second copy.
        var ranges = new List<(HeadingBlock Heading, int Start, int End)>();
        var written = whole.GetStringBuilder();

        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock)
            {
                continue;
            }

            ParseDeadline.ThrowIfPassed();
            if (block is HeadingBlock { Level: 2 } && ranges.Count > 0)
            {
                ranges[^1] = ranges[^1] with { End = written.Length };
            }

            wholeRenderer.Render(block);
            if (block is HeadingBlock { Level: 2 } heading)
            {
                ranges.Add((heading, written.Length, -1));
                // Level-2 headings are searched as headings (Sections); in the running text a form feed stands for
                // each, so a snippet is cut at a section's bounds and never reads "…quickly adopted Team dynamics…".
                plainRenderer.Writer.Write('\f');
            }
            else
            {
                plainRenderer.Render(block);
            }
        }

        plainRenderer.Writer.Flush();
        var untrimmed = whole.ToString();
        var html = untrimmed.Trim();
        var offset = untrimmed.Length - untrimmed.TrimStart().Length;
        var sections = ranges.Select(r =>
        {
            var (start, end) = (r.Start, r.End < 0 ? untrimmed.Length : r.End);
            while (start < end && char.IsWhiteSpace(untrimmed[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(untrimmed[end - 1]))
            {
                end--;
            }

            // Trimming the page's HTML takes no more than the whitespace before and after it, never a section's text.
            start = Math.Clamp(start - offset, 0, html.Length);
            return new DocumentSection(r.Heading.GetAttributes().Id ?? "", HeadingText(r.Heading), html, start, Math.Clamp(end - offset - start, 0, html.Length - start));
        }).ToList();
        return (html, sections, plain.ToString().Trim());
    }

    private static string HeadingText(HeadingBlock heading) =>
        heading.Inline is null ? "" : string.Concat(heading.Inline.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));

    private string RenderChildren(ContainerBlock container)
    {
        var html = new StringWriter();
        var renderer = CreateRenderer(html);
        renderer.WriteChildren(container);
        renderer.Writer.Flush();
        return html.ToString().Trim();
    }

    private HtmlRenderer CreateRenderer(TextWriter writer)
    {
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        return renderer;
    }

    /// <summary>Configured as Markdig's own <c>Markdown.ToPlainText</c>: text only, nothing escaped.</summary>
    private HtmlRenderer CreatePlainTextRenderer(TextWriter writer)
    {
        var renderer = CreateRenderer(writer);
        renderer.EnableHtmlForBlock = false;
        renderer.EnableHtmlForInline = false;
        renderer.EnableHtmlEscape = false;
        return renderer;
    }
}
