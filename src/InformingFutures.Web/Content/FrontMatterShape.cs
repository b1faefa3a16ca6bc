using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace InformingFutures.Web.Content;

/// <summary>
/// What the front matter looks like before anything is built from it: how deep it nests and which top-level keys
/// it has, read from YamlDotNet's event stream in one loop, so no input can make it recurse or build a node tree.
/// </summary>
internal sealed record FrontMatterShape(Mark? TooDeepAt, IReadOnlyList<(string Name, Mark Start)> Keys)
{
    /// <exception cref="YamlException">The text is not YAML; every failure of YamlDotNet's parser is turned into one.</exception>
    public static FrontMatterShape Inspect(string yaml, int maxDepth)
    {
        var parser = new Parser(new StringReader(yaml));
        var keys = new List<(string, Mark)>();
        var depth = 0;
        var inFirstDocument = true;
        var rootIsMapping = false;
        var rootNodes = 0;
        while (MoveNext(parser))
        {
            var current = parser.Current!;

            // In the root mapping, the nodes that start at depth 1 alternate: key, value, key, value.
            if (inFirstDocument && rootIsMapping && depth == 1 && current is Scalar or AnchorAlias or MappingStart or SequenceStart
                && rootNodes++ % 2 == 0 && current is Scalar key)
            {
                keys.Add((key.Value, key.Start));
            }

            switch (current)
            {
                case MappingStart or SequenceStart:
                    rootIsMapping = depth == 0 ? current is MappingStart : rootIsMapping;
                    if (++depth > maxDepth)
                    {
                        return new FrontMatterShape(current.Start, keys);
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
                case DocumentEnd:
                    // The deserializer reads the first document only, so only its keys are checked.
                    inFirstDocument = false;
                    break;
            }
        }

        return new FrontMatterShape(null, keys);
    }

    private static bool MoveNext(Parser parser)
    {
        var last = parser.Current;
        try
        {
            return parser.MoveNext();
        }
        catch (YamlException)
        {
            throw;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, not a YamlException, on some unterminated input (an unclosed "[" at the end).
            throw Located(last, "a bracket, brace or quote opened here is never closed");
        }
        catch (ArgumentException)
        {
            // Char.ConvertFromUtf32, called by the scanner on an escape such as "\UFFFFFFFF", throws this.
            throw Located(last, "a \\u, \\U or \\x escape names a character that does not exist");
        }
    }

    private static YamlException Located(ParsingEvent? last, string message)
    {
        var at = last?.End ?? Mark.Empty;
        return new YamlException(at, at, message);
    }
}
