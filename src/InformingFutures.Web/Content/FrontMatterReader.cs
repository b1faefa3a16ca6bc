using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace InformingFutures.Web.Content;

/// <summary>Reads a file's YAML front matter into <see cref="FrontMatter"/>, pointing at the line and column of any mistake.</summary>
public static class FrontMatterReader
{
    // Front matter is a handful of flat fields; deeper nesting is a mistake or an attack on YamlDotNet's stack.
    private const int MaxYamlDepth = 8;

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    /// <summary>The front matter fields the site understands; anything else is probably a typing mistake.</summary>
    private static readonly HashSet<string> KnownFields = ["title", "summary", "order", "type", "year", "reviewed", "nextReview"];

    /// <param name="yaml">The text between the <c>---</c> fences.</param>
    /// <param name="firstLine">The 1-based line of the file where <paramref name="yaml"/> starts.</param>
    /// <param name="path">The file, for the problem report.</param>
    public static (FrontMatter? Meta, ContentProblem? Problem) Read(string yaml, int firstLine, string path)
    {
        try
        {
            if (FindExcessiveNesting(yaml) is { } mark)
            {
                return (null, new ContentProblem(path, firstLine + (int)mark.Line - 1, $"front matter is nested more than {MaxYamlDepth} levels deep", (int)mark.Column));
            }

            return (Yaml.Deserialize<FrontMatter?>(yaml) ?? new FrontMatter(), null);
        }
        catch (YamlException e)
        {
            return (null, new ContentProblem(path, firstLine + (int)e.Start.Line - 1, "front matter is not valid YAML: " + Describe(e), (int)e.Start.Column));
        }
    }

    /// <summary>Fields the site does not know, read from the YAML node tree so each can be pointed at.</summary>
    public static IEnumerable<ContentProblem> UnknownFields(string yaml, int firstLine, string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode root)
        {
            yield break;
        }

        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>())
        {
            if (key.Value is { } name && !KnownFields.Contains(name))
            {
                yield return ContentProblem.Warning(path, firstLine + (int)key.Start.Line - 1, (int)key.Start.Column,
                    $"unknown front matter field '{name}' is ignored (known fields: {string.Join(", ", KnownFields)})");
            }
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
}
