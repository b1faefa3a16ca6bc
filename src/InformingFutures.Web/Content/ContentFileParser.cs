using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InformingFutures.Web.Content;

/// <summary>Turns the bytes of one content file into a <see cref="ContentDocument"/>, or says what is wrong.</summary>
public sealed class ContentFileParser(MarkdownRenderer renderer)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly HashSet<string> KnownTypes = ["page", "model", "site"];

    /// <summary>
    /// Throws only <see cref="ParseDeadlineException"/>, when the thread's <see cref="ParseDeadline"/> passes: whatever
    /// the bytes, the answer is a document or the problems that keep it off the site.
    /// </summary>
    public ContentParseResult Parse(string relativePath, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return WithPlausiblePlaces(ParseOrThrow(relativePath, bytes));
        }
        catch (ParseDeadlineException)
        {
            throw; // the loader says what to change
        }
        catch (Exception e) when (MarkdownNesting.IsDepthLimit(e))
        {
            // Markdig's own guard against overflowing its stack; the text is decoded again only on this rare path.
            var (line, column) = MarkdownNesting.Deepest(Decode(bytes, out _) ?? "");
            return Fail(relativePath, line, column, MarkdownNesting.Message);
        }
        catch (Exception e)
        {
            // Last resort: one odd file must not stop the site starting or end it while it runs (a reload runs on a timer).
            return Fail(relativePath, 1, 1, $"the file could not be read: {e.GetType().Name}: {e.Message}");
        }
    }

    private ContentParseResult ParseOrThrow(string relativePath, ReadOnlySpan<byte> bytes)
    {
        if (!ContentPaths.TryParse(relativePath, out var section, out var slug, out var pathProblem))
        {
            return Fail(relativePath, 1, 1, pathProblem!);
        }

        if (Decode(bytes, out var invalidAt) is not { } text)
        {
            // Pointed at the first byte that is not UTF-8: usually one accented letter saved by another program.
            var before = bytes[..Math.Clamp(invalidAt, 0, bytes.Length)];
            var line = before.Count((byte)'\n') + 1;
            var column = before.Length - (before.LastIndexOf((byte)'\n') + 1) + 1;
            var value = invalidAt >= 0 && invalidAt < bytes.Length ? $" (byte 0x{bytes[invalidAt]:X2})" : "";
            return Fail(relativePath, line, column, $"the file is not valid UTF-8 text here{value}; save it as UTF-8");
        }

        if (MarkdownSize.Check(text) is var (tooBigLine, tooBigColumn, tooBig))
        {
            return Fail(relativePath, tooBigLine, tooBigColumn, tooBig);
        }

        if (MarkdownComplexity.Check(text) is var (tooComplexLine, tooComplexColumn, tooComplex))
        {
            return Fail(relativePath, tooComplexLine, tooComplexColumn, tooComplex);
        }

        // Relative links resolve from the page's folder: /section for /section/page, the root for /section and /.
        var rendered = renderer.Render(text, folderDepth: slug.Length == 0 ? 0 : 1);
        if (rendered.FrontMatterYaml is null)
        {
            return Fail(relativePath, 1, 1, "the file must start with front matter: a '---' line, 'title: …', 'summary: …', and a closing '---' line");
        }

        var (meta, yamlProblem, unknownFields) = FrontMatterReader.Read(rendered.FrontMatterYaml, rendered.FrontMatterLine, relativePath);
        if (yamlProblem is not null)
        {
            // The body's own mistakes too, so an editor mends the file in one round, not one mistake at a time.
            var (body, bodyLinks) = BodyProblems(rendered, relativePath);
            return new ContentParseResult(null, [yamlProblem, .. body], bodyLinks);
        }

        var fenceLine = rendered.FrontMatterLine - 1;
        var problems = new List<ContentProblem>();
        if (string.IsNullOrWhiteSpace(meta!.Title))
        {
            problems.Add(new(relativePath, fenceLine, "front matter needs a 'title'"));
        }

        // A title is drawn on the page's share card, whose cost grows with the square of its length: one limit, here.
        if (meta.Title is { Length: > FrontMatter.MaxTitleLength } title)
        {
            problems.Add(ContentProblem.Warning(relativePath, FrontMatterReader.LineOfField(rendered.FrontMatterYaml, rendered.FrontMatterLine, "title"), 1,
                $"the title is {title.Length:N0} characters; keep it to {FrontMatter.MaxTitleLength} (the page's share card shows the first {FrontMatter.MaxTitleLength})"));
        }

        // The summary is one sentence, in lists, search results and a shared link's card: one limit, here.
        if (meta.Summary is { Length: > FrontMatter.MaxSummaryLength } summary)
        {
            problems.Add(ContentProblem.Warning(relativePath, FrontMatterReader.LineOfField(rendered.FrontMatterYaml, rendered.FrontMatterLine, "summary"), 1,
                $"the summary is {summary.Length:N0} characters; keep it to one sentence of at most {FrontMatter.MaxSummaryLength}"));
        }

        if (string.IsNullOrWhiteSpace(meta.Summary))
        {
            problems.Add(ContentProblem.Warning(relativePath, fenceLine, 1, "front matter has no 'summary': lists and search engines show this sentence"));
        }

        if (!KnownTypes.Contains(meta.Type))
        {
            problems.Add(new(relativePath, fenceLine, $"'type: {meta.Type}' is not one of: {string.Join(", ", KnownTypes)}"));
        }

        problems.AddRange(meta.ChangeProblems(rendered.FrontMatterYaml, rendered.FrontMatterLine, relativePath));
        problems.AddRange(unknownFields);
        problems.AddRange(FrontMatterHints.ValuesCutShortByAComment(rendered.FrontMatterYaml, rendered.FrontMatterLine, relativePath));

        var document = new ContentDocument(section, slug, relativePath, meta, rendered.Html, rendered.Sections, rendered.PlainText, rendered.Notes);
        if (meta.IsModel)
        {
            foreach (var required in new[] { "Benefits", "Challenges" })
            {
                if (document.FindSection(required.ToLowerInvariant()) is null)
                {
                    problems.Add(NearMiss(rendered.Syntax, required) is { } near
                        ? new(relativePath, near.Heading.Line + 1, $"a page of type 'model' needs a '## {required}' section: write '## {required}' here instead of '{near.Written}'", near.Heading.Column + 1)
                        : new(relativePath, fenceLine, $"a page of type 'model' needs a '## {required}' section"));
                }
            }
        }

        var (bodyProblems, links) = BodyProblems(rendered, relativePath);
        problems.AddRange(bodyProblems);

        var publishable = !problems.Any(p => p.LeavesFileOut);
        return new ContentParseResult(publishable ? document : null, problems, links);
    }

    /// <summary>A heading that was surely meant as the required one: "## Challenge", "### Challenges", "## Benefits:".</summary>
    private static (HeadingBlock Heading, string Written)? NearMiss(MarkdownDocument syntax, string required) =>
        syntax.Descendants<HeadingBlock>()
            .Select(h => (Heading: h, Text: string.Concat(h.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []).Trim()))
            .Where(h => h.Text.StartsWith(required[..^1], StringComparison.OrdinalIgnoreCase))
            .Select(h => ((HeadingBlock, string)?)(h.Heading, $"{new string('#', h.Heading.Level)} {h.Text}"))
            .FirstOrDefault();

    /// <summary>What is wrong in the Markdown below the front matter, and the links to other pages it holds.</summary>
    private static (List<ContentProblem> Problems, IReadOnlyList<InternalLink> Links) BodyProblems(RenderedMarkdown rendered, string relativePath)
    {
        var problems = new List<ContentProblem>();
        foreach (var (line, column, url, climbs) in rendered.UnsafeLinks)
        {
            problems.Add(new(relativePath, line, climbs
                ? $"link '{Shorten(url)}' climbs above the site's root with '..', so it was made plain text: link to the site address itself, such as /reflective-practice/team"
                : $"unsafe link '{url}' was made plain text: only http, https, mailto and relative links are allowed", column, LeavesFileOut: false));
        }

        problems.AddRange(rendered.NoteProblems.Select(p => new ContentProblem(relativePath, p.Line, p.Message, p.Column)));
        problems.AddRange(rendered.Comments.Select(c => ContentProblem.Notice(relativePath, c.Line, "an HTML comment (<!-- … -->) is left out of the page, its slides and search: comments are never published")));

        ParseDeadline.ThrowIfPassed();
        var (lint, links) = ContentLint.Check(rendered.Syntax, relativePath);
        problems.AddRange(lint);
        return (problems, links);
    }

    private static string? Decode(ReadOnlySpan<byte> bytes, out int invalidAt)
    {
        invalidAt = -1;
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            invalidAt = e.Index;
            return null;
        }
    }

    /// <summary>Every problem points into the file: line and column 1 at the least, whatever a library reported.</summary>
    private static ContentParseResult WithPlausiblePlaces(ContentParseResult result) =>
        result.Problems.All(p => p is { Line: >= 1, Column: >= 1 })
            ? result
            : result with { Problems = [.. result.Problems.Select(p => p with { Line = Math.Max(1, p.Line), Column = Math.Max(1, p.Column) })] };

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static ContentParseResult Fail(string path, int line, int column, string message) =>
        new(null, [new ContentProblem(path, line, message, column)], []);
}

/// <summary>A parsed document (null when a problem keeps it off the site), its problems, and its links to other pages.</summary>
public sealed record ContentParseResult(
    ContentDocument? Document,
    IReadOnlyList<ContentProblem> Problems,
    IReadOnlyList<InternalLink> InternalLinks);
