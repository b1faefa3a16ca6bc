namespace InformingFutures.Web.Content;

/// <summary>
/// Markdig refuses Markdown nested more than 128 levels deep (quotes, lists, links, emphasis) by throwing an
/// ArgumentException that says nowhere where. This points the editor at the most deeply nested place instead.
/// </summary>
internal static class MarkdownNesting
{
    private const int Limit = 128;

    public const string Message = "the Markdown is nested too deeply to be read (more than 128 levels of quotes, lists, links or emphasis); it gets too deep around here";

    /// <summary>True for Markdig's own depth-limit exception, the one that guards its stack.</summary>
    public static bool IsDepthLimit(Exception e) =>
        e is ArgumentException && e.Message.Contains("too deeply nested", StringComparison.Ordinal);

    /// <summary>
    /// The 1-based line and column where quote and list markers at a line's start, or "[", "*" and "_" left open in a
    /// paragraph, first pile up past Markdig's limit, or else pile up most. A guide for the editor, not Markdig's exact count.
    /// </summary>
    public static (int Line, int Column) Deepest(string markdown)
    {
        var best = (Depth: 0, Line: 1, Column: 1);
        var line = 1;
        var inlineDepth = 0;
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var range in lines.AsSpan().Split('\n'))
        {
            var text = lines.AsSpan(range);
            if (text.TrimStart(" \t>").IsEmpty)
            {
                inlineDepth = 0;
            }

            var (blockDepth, column) = ContainerMarkers(text);
            if (blockDepth > best.Depth && best.Depth <= Limit)
            {
                best = (blockDepth, line, column);
            }

            for (var i = 0; i < text.Length; i++)
            {
                inlineDepth = text[i] switch
                {
                    '[' or '*' or '_' => inlineDepth + 1,
                    ']' => Math.Max(0, inlineDepth - 1),
                    _ => inlineDepth,
                };
                if (inlineDepth > best.Depth && best.Depth <= Limit)
                {
                    best = (inlineDepth, line, i + 1);
                }
            }

            line++;
        }

        return (best.Line, best.Column);
    }

    /// <summary>How many "&gt;" and list markers open the line, and the column after the last.</summary>
    private static (int Depth, int Column) ContainerMarkers(ReadOnlySpan<char> line)
    {
        var depth = 0;
        var i = 0;
        var column = 1;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < line.Length && line[i] == '>')
            {
                i++;
            }
            else if (i < line.Length && line[i] is '-' or '*' or '+' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
            {
                i++;
            }
            else if (OrderedMarkerLength(line[i..]) is > 0 and var length)
            {
                i += length;
            }
            else
            {
                return (depth, column);
            }

            depth++;
            column = i + 1;
            if (depth > Limit)
            {
                return (depth, column);
            }
        }
    }

    private static int OrderedMarkerLength(ReadOnlySpan<char> rest)
    {
        var digits = 0;
        while (digits < rest.Length && digits < 9 && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < rest.Length && rest[digits] is '.' or ')' && (digits + 1 == rest.Length || rest[digits + 1] is ' ' or '\t')
            ? digits + 1
            : 0;
    }
}
