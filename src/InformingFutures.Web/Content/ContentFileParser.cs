using System.Text;

namespace InformingFutures.Web.Content;

/// <summary>Turns the bytes of one content file into a <see cref="ContentDocument"/>, or says what is wrong.</summary>
public sealed class ContentFileParser(MarkdownRenderer renderer)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly HashSet<string> KnownTypes = ["page", "model", "site"];

    public ContentParseResult Parse(string relativePath, ReadOnlySpan<byte> bytes)
    {
        if (!ContentPaths.TryParse(relativePath, out var section, out var slug, out var pathProblem))
        {
            return Fail(relativePath, 1, 1, pathProblem!);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Fail(relativePath, 1, 1, "the file is not valid UTF-8 text; save it as UTF-8");
        }

        var rendered = renderer.Render(text);
        if (rendered.FrontMatterYaml is null)
        {
            return Fail(relativePath, 1, 1, "the file must start with front matter: a '---' line, 'title: …', 'summary: …', and a closing '---' line");
        }

        var (meta, yamlProblem) = FrontMatterReader.Read(rendered.FrontMatterYaml, rendered.FrontMatterLine, relativePath);
        if (yamlProblem is not null)
        {
            return new ContentParseResult(null, [yamlProblem], []);
        }

        var fenceLine = rendered.FrontMatterLine - 1;
        var problems = new List<ContentProblem>();
        if (string.IsNullOrWhiteSpace(meta!.Title))
        {
            problems.Add(new(relativePath, fenceLine, "front matter needs a 'title'"));
        }

        if (string.IsNullOrWhiteSpace(meta.Summary))
        {
            problems.Add(ContentProblem.Warning(relativePath, fenceLine, 1, "front matter has no 'summary': lists and search engines show this sentence"));
        }

        if (!KnownTypes.Contains(meta.Type))
        {
            problems.Add(new(relativePath, fenceLine, $"'type: {meta.Type}' is not one of: {string.Join(", ", KnownTypes)}"));
        }

        problems.AddRange(FrontMatterReader.UnknownFields(rendered.FrontMatterYaml, rendered.FrontMatterLine, relativePath));

        var document = new ContentDocument(section, slug, relativePath, meta, rendered.Html, rendered.Sections, rendered.PlainText);
        if (meta.IsModel)
        {
            foreach (var required in new[] { "Benefits", "Challenges" })
            {
                if (document.FindSection(required.ToLowerInvariant()) is null)
                {
                    problems.Add(new(relativePath, fenceLine, $"a page of type 'model' needs a '## {required}' section"));
                }
            }
        }

        foreach (var (line, column, url) in rendered.UnsafeLinks)
        {
            problems.Add(new(relativePath, line, $"unsafe link '{url}' was made plain text: only http, https, mailto and relative links are allowed", column, LeavesFileOut: false));
        }

        var (lint, links) = ContentLint.Check(rendered.Syntax, relativePath);
        problems.AddRange(lint);

        var publishable = !problems.Any(p => p.LeavesFileOut);
        return new ContentParseResult(publishable ? document : null, problems, links);
    }

    private static ContentParseResult Fail(string path, int line, int column, string message) =>
        new(null, [new ContentProblem(path, line, message, column)], []);
}

/// <summary>A parsed document (null when a problem keeps it off the site), its problems, and its links to other pages.</summary>
public sealed record ContentParseResult(
    ContentDocument? Document,
    IReadOnlyList<ContentProblem> Problems,
    IReadOnlyList<InternalLink> InternalLinks);
