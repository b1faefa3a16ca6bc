using YamlDotNet.Core;

namespace InformingFutures.Web.Content;

/// <summary>What a front matter mistake means and how to mend it, in an editor's words rather than the YAML library's.</summary>
public static partial class FrontMatterHints
{
    /// <summary>
    /// The most common front matter mistake is a value holding a colon ("summary: Why reflect: a guide"), a "#", or
    /// starting with a quote it does not end with: YAML then reads it as something else. The YAML library's words
    /// do not say so; this does, with the fix.
    /// </summary>
    public static string QuotingHint(string yaml, YamlException e)
    {
        var lines = yaml.Split('\n');
        // The mark is where YAML gave up, often the line after the mistake: look at that line and the one before.
        var at = (int)Math.Clamp(e.Start.Line - 1, 0, Math.Max(0, lines.Length - 1));
        foreach (var index in new[] { at, at - 1 }.Where(i => i >= 0 && i < lines.Length))
        {
            var line = lines[index];
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (value.Length > 0 && (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal)
                || value[0] is '"' or '\'' or '#' or '@' or '`' or '%' or '&' or '*' or '!' or '|' or '>' or '[' or '{'))
            {
                // A value that opens a quote and never closes it was meant to be quoted: close it, rather than escape it.
                var unclosed = value[0] == '"' && value.IndexOf('"', 1) < 0;
                var quoted = (unclosed ? value[1..] : value).Replace("\"", "\\\"", StringComparison.Ordinal);
                return $" If the value of '{key}' holds a colon, a '#' or quotes, put the whole value in double quotes, e.g. {key}: \"{quoted}\"";
            }
        }

        return "";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]")]
    internal static partial System.Text.RegularExpressions.Regex ControlCharacter();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(-\s+)?([A-Za-z][\w-]*):[ \t]+(?<value>[^""'\s].*)$")]
    private static partial System.Text.RegularExpressions.Regex UnquotedValue();

    /// <summary>
    /// A value with " #" in it, or starting with "#", is cut short without any error: YAML reads the rest as a comment
    /// ("title: #1 model" gives no title). Each such line gets a warning saying to quote the value.
    /// </summary>
    public static IEnumerable<ContentProblem> ValuesCutShortByAComment(string? yaml, int firstLine, string path)
    {
        if (yaml is null)
        {
            yield break;
        }

        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = UnquotedValue().Match(lines[i]);
            var value = match.Groups["value"].Value;
            var hash = value.StartsWith('#') ? 0 : value.IndexOf(" #", StringComparison.Ordinal);
            if (match.Success && hash >= 0)
            {
                var key = match.Groups[2].Value;
                yield return ContentProblem.Warning(path, firstLine + i, lines[i].IndexOf(value, StringComparison.Ordinal) + 1 + hash,
                    $"the text of '{key}' from '#' on is read as a YAML comment and left out: put the whole value in double quotes, e.g. {key}: \"{value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
            }
        }
    }

    /// <summary>
    /// What the YAML library's message means, in an editor's words: its own ("While scanning a plain scalar value…")
    /// name parts of its parser, not the mistake. Messages the site writes itself pass through.
    /// </summary>
    public static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        return PlainWords.FirstOrDefault(p => message.Contains(p.Says, StringComparison.Ordinal)).Means
            ?? (message.StartsWith("(Line:", StringComparison.Ordinal)
                ? "this line is not in the form 'name: value'; check it and the line above it"
                : message);
    }

    private static readonly (string Says, string Means)[] PlainWords =
    [
        ("expected ',' or ']'", "a '[' starts a list that is never closed with ']'"),
        ("expected ',' or '}'", "a '{' is never closed with '}'"),
        ("quoted scalar", "a quote is opened and never closed"),
        ("Mapping values are not allowed", "the ': ' here reads as the start of another field, and a field of its own starts at the left, like the others"),
        ("invalid mapping", "the ': ' here reads as the start of another field, and a field of its own starts at the left, like the others"),
        ("could not find expected ':'", "this line is not a 'name: value' field: a ':' is missing"),
        ("did not find expected key", "this line is not a 'name: value' field like the lines above it: a ':' may be missing, the line indented differently, or text may follow a closing quote"),
        ("tab character", "a tab indents this line: indent with spaces"),
        ("cannot start any token", "this line starts with a tab or a character that cannot begin a field: indent with spaces"),
        ("did not find expected '-' indicator", "this item of a list is indented differently from the items above it"),
        ("No node deserializer", "the front matter must be fields, one a line, such as 'title: …' and 'summary: …'"),
    ];
}
