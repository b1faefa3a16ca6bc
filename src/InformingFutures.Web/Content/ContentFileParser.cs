using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace InformingFutures.Web.Content;

/// <summary>Turns the bytes of one content file into a <see cref="ContentDocument"/>, or says what is wrong.</summary>
public sealed class ContentFileParser(MarkdownRenderer renderer)
{
    // Front matter is a handful of flat fields; deeper nesting is a mistake or an attack on YamlDotNet's stack.
    private const int MaxYamlDepth = 8;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    /// <summary>The front matter fields the site understands; anything else is probably a typing mistake.</summary>
    private static readonly HashSet<string> KnownFields = ["title", "summary", "order", "type", "year", "reviewed", "nextReview"];

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

        if (!TryReadFrontMatter(rendered, out var meta, out var yamlLine, out var yamlColumn, out var yamlProblem))
        {
            return Fail(relativePath, yamlLine, yamlColumn, yamlProblem!);
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

        problems.AddRange(UnknownFields(rendered, relativePath));

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

    /// <summary>Fields the site does not know, read from the YAML node tree so each can be pointed at.</summary>
    private static IEnumerable<ContentProblem> UnknownFields(RenderedMarkdown rendered, string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(rendered.FrontMatterYaml!));
        if (stream.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode root)
        {
            yield break;
        }

        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>())
        {
            if (key.Value is { } name && !KnownFields.Contains(name))
            {
                yield return ContentProblem.Warning(path, rendered.FrontMatterLine + (int)key.Start.Line - 1, (int)key.Start.Column,
                    $"unknown front matter field '{name}' is ignored (known fields: {string.Join(", ", KnownFields)})");
            }
        }
    }

    private static bool TryReadFrontMatter(RenderedMarkdown rendered, out FrontMatter? meta, out int line, out int column, out string? problem)
    {
        meta = null;
        line = rendered.FrontMatterLine;
        column = 1;
        problem = null;
        try
        {
            var depthProblem = FindExcessiveNesting(rendered.FrontMatterYaml!);
            if (depthProblem is { } mark)
            {
                line = rendered.FrontMatterLine + (int)mark.Line - 1;
                column = (int)mark.Column;
                problem = $"front matter is nested more than {MaxYamlDepth} levels deep";
                return false;
            }

            meta = Yaml.Deserialize<FrontMatter?>(rendered.FrontMatterYaml!) ?? new FrontMatter();
            return true;
        }
        catch (YamlException e)
        {
            line = rendered.FrontMatterLine + (int)e.Start.Line - 1;
            column = (int)e.Start.Column;
            problem = "front matter is not valid YAML: " + Describe(e);
            return false;
        }

    }

    /// <summary>Walks the YAML event stream (no recursion) and returns where it first nests too deep.</summary>
    private static Mark? FindExcessiveNesting(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (MoveNext(parser))
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    if (++depth > MaxYamlDepth)
                    {
                        return parser.Current.Start;
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }

    private static bool MoveNext(Parser parser)
    {
        var last = parser.Current;
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, not a YamlException, on some unterminated input (an unclosed "[" at the end).
            var at = last?.Start ?? Mark.Empty;
            throw new YamlException(at, at, "a bracket, brace or quote opened here is never closed");
        }
    }

    /// <summary>YamlDotNet's message without its own "(Line: …)" prefix: the checker already says where.</summary>
    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0 ? message[(cut + 3)..] : message;
    }

    private static ContentParseResult Fail(string path, int line, int column, string message) =>
        new(null, [new ContentProblem(path, line, message, column)], []);
}

/// <summary>A parsed document (null when a problem keeps it off the site), its problems, and its links to other pages.</summary>
public sealed record ContentParseResult(
    ContentDocument? Document,
    IReadOnlyList<ContentProblem> Problems,
    IReadOnlyList<InternalLink> InternalLinks);
