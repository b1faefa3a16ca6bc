using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
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

    public ContentParseResult Parse(string relativePath, ReadOnlySpan<byte> bytes)
    {
        if (!ContentPaths.TryParse(relativePath, out var section, out var slug, out var pathProblem))
        {
            return Fail(relativePath, 1, pathProblem!);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Fail(relativePath, 1, "the file is not valid UTF-8 text; save it as UTF-8");
        }

        var rendered = renderer.Render(text);
        if (rendered.FrontMatterYaml is null)
        {
            return Fail(relativePath, 1, "the file must start with front matter: a '---' line, 'title: …', 'summary: …', and a closing '---' line");
        }

        if (!TryReadFrontMatter(rendered, out var meta, out var yamlLine, out var yamlProblem))
        {
            return Fail(relativePath, yamlLine, yamlProblem!);
        }

        var problems = new List<ContentProblem>();
        if (string.IsNullOrWhiteSpace(meta!.Title))
        {
            problems.Add(new(relativePath, rendered.FrontMatterLine - 1, "front matter needs a 'title'"));
        }

        if (meta.IsModel)
        {
            var document = new ContentDocument(section, slug, relativePath, meta, rendered.Html, rendered.Sections, rendered.PlainText);
            foreach (var required in new[] { "benefits", "challenges" })
            {
                if (document.FindSection(required) is null)
                {
                    problems.Add(new(relativePath, rendered.FrontMatterLine - 1,
                        $"a page of type 'model' needs a '## {char.ToUpperInvariant(required[0])}{required[1..]}' section"));
                }
            }
        }

        return problems.Count > 0
            ? new ContentParseResult(null, problems, rendered.UnsafeLinks)
            : new ContentParseResult(new ContentDocument(section, slug, relativePath, meta, rendered.Html, rendered.Sections, rendered.PlainText), [], rendered.UnsafeLinks);
    }

    private static bool TryReadFrontMatter(RenderedMarkdown rendered, out FrontMatter? meta, out int line, out string? problem)
    {
        meta = null;
        line = rendered.FrontMatterLine;
        problem = null;
        try
        {
            var depthProblem = FindExcessiveNesting(rendered.FrontMatterYaml!);
            if (depthProblem is { } mark)
            {
                line = rendered.FrontMatterLine + (int)mark.Line - 1;
                problem = $"front matter is nested more than {MaxYamlDepth} levels deep";
                return false;
            }

            meta = Yaml.Deserialize<FrontMatter?>(rendered.FrontMatterYaml!) ?? new FrontMatter();
            return true;
        }
        catch (YamlException e)
        {
            line = rendered.FrontMatterLine + (int)e.Start.Line - 1;
            problem = "front matter is not valid YAML: " + (e.InnerException?.Message ?? e.Message);
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

    private static ContentParseResult Fail(string path, int line, string message) =>
        new(null, [new ContentProblem(path, line, message)], []);
}

/// <summary>A parsed document, or the problems that kept it off the site; plus links made inert.</summary>
public sealed record ContentParseResult(
    ContentDocument? Document,
    IReadOnlyList<ContentProblem> Problems,
    IReadOnlyList<(int Line, string Url)> UnsafeLinks);
