using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace InformingFutures.Web.Content;

/// <summary>Reads a file's YAML front matter into <see cref="FrontMatter"/>, pointing at the line and column of any mistake.</summary>
public static partial class FrontMatterReader
{
    // Front matter is a handful of flat fields; deeper nesting is a mistake or an attack on YamlDotNet's stack.
    private const int MaxYamlDepth = 8;

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    /// <summary>The front matter fields the site understands; anything else is probably a typing mistake.</summary>
    private static readonly HashSet<string> KnownFields = ["title", "summary", "order", "type", "year", "reviewed", "nextReview", "draft", "publish", "changes"];

    /// <param name="yaml">The text between the <c>---</c> fences.</param>
    /// <param name="firstLine">The 1-based line of the file where <paramref name="yaml"/> starts.</param>
    /// <param name="path">The file, for the problem report.</param>
    /// <returns>The fields, or the mistake that stops them being read; and a warning for each field the site does not know.</returns>
    public static (FrontMatter? Meta, ContentProblem? Problem, IReadOnlyList<ContentProblem> UnknownFields) Read(string yaml, int firstLine, string path)
    {
        // A title or change summary goes into the Atom feed, whose XML cannot hold a control character.
        if (ControlCharacter().Match(yaml) is { Success: true } control)
        {
            var lineStart = yaml.LastIndexOf('\n', Math.Max(0, control.Index - 1)) + 1;
            var line = firstLine + yaml.AsSpan(0, control.Index).Count('\n');
            return (null, new ContentProblem(path, line, $"the front matter holds a control character (U+{(int)control.Value[0]:X4}), usually a line break pasted from a word processor: delete it", control.Index - lineStart + 1), []);
        }

        FrontMatterShape shape;
        try
        {
            shape = FrontMatterShape.Inspect(yaml, MaxYamlDepth);
        }
        catch (YamlException e)
        {
            return (null, At(path, firstLine, e.Start, "front matter is not valid YAML: " + Describe(e) + QuotingHint(yaml, e)), []);
        }

        if (shape.TooDeepAt is { } mark)
        {
            return (null, At(path, firstLine, mark, $"front matter is nested more than {MaxYamlDepth} levels deep"), []);
        }

        if (FirstRepeatedKey(shape) is var (name, first, again))
        {
            return (null, At(path, firstLine, again, $"'{name}' is set twice in the front matter (first on line {firstLine + first.Line - 1}): keep one"), []);
        }

        try
        {
            return (Yaml.Deserialize<FrontMatter?>(yaml) ?? new FrontMatter(), null, UnknownFields(shape.Keys, firstLine, path));
        }
        catch (YamlException e)
        {
            // The text is YAML (the shape was read), so the deserializer is saying a value has the wrong form.
            var field = shape.Keys.LastOrDefault(k => k.Start.Index <= e.Start.Index).Name;
            return (null, At(path, firstLine, e.Start, field is not null && ExpectedForms.TryGetValue(field, out var form)
                ? $"'{field}' must be {form}"
                : "front matter is not valid YAML: " + Describe(e)), []);
        }
    }

    /// <summary>What each field holds, for a message an editor can act on rather than the deserializer's.</summary>
    private static readonly Dictionary<string, string> ExpectedForms = new()
    {
        ["title"] = "one line of text",
        ["summary"] = "one line of text",
        ["order"] = "a whole number, such as 2",
        ["year"] = "a whole number, such as 2020",
        ["type"] = "one of: page, model, site",
        ["reviewed"] = "a date, such as 2026-11-27",
        ["nextReview"] = "a date, such as 2027-11-27",
        ["publish"] = "a date, such as 2027-03-01",
        ["draft"] = "true or false",
        ["changes"] = "a list of updates, each a '- date: 2026-11-27' line with a '  summary: What changed for readers' line under it",
    };

    /// <summary>Fields the site does not know, each pointed at.</summary>
    private static List<ContentProblem> UnknownFields(IReadOnlyList<(string Name, Mark Start)> keys, int firstLine, string path) =>
        [.. keys
            .Where(key => !KnownFields.Contains(key.Name))
            .Select(key => ContentProblem.Warning(path, LineOf(firstLine, key.Start), ColumnOf(key.Start),
                $"unknown front matter field '{key.Name}' is ignored (known fields: {string.Join(", ", KnownFields)})"))];

    /// <summary>The file line of a top-level field, or of the opening fence when it is not there.</summary>
    public static int LineOfField(string yaml, int firstLine, string name)
    {
        try
        {
            return FrontMatterShape.Inspect(yaml, MaxYamlDepth).Keys.Where(k => k.Name == name).Select(k => LineOf(firstLine, k.Start)).FirstOrDefault(firstLine - 1);
        }
        catch (YamlException)
        {
            return firstLine - 1;
        }
    }

    // The deserializer keeps the last of two equal keys and YamlDotNet's node tree refuses them, so neither is trusted with them.
    private static (string Name, Mark First, Mark Again)? FirstRepeatedKey(FrontMatterShape shape)
    {
        var seen = new Dictionary<string, Mark>(StringComparer.Ordinal);
        foreach (var (name, start) in shape.Keys)
        {
            if (!seen.TryAdd(name, start))
            {
                return (name, seen[name], start);
            }
        }

        return null;
    }

    private static ContentProblem At(string path, int firstLine, Mark mark, string message) =>
        new(path, LineOf(firstLine, mark), message, ColumnOf(mark));

    // YamlDotNet's marks are 1-based, but Mark.Empty (used by some of its exceptions) is 0: never point before the file.
    private static int LineOf(int firstLine, Mark mark) => (int)Math.Clamp(firstLine + mark.Line - 1, 1, int.MaxValue);

    private static int ColumnOf(Mark mark) => (int)Math.Clamp(mark.Column, 1, int.MaxValue);

    /// <summary>
    /// The most common front matter mistake is a value holding a colon ("summary: Why reflect: a guide"), a "#", or
    /// starting with a quote it does not end with: YAML then reads it as something else. The YAML library's words
    /// do not say so; this does, with the fix.
    /// </summary>
    private static string QuotingHint(string yaml, YamlException e)
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
                var quoted = value.Replace("\"", "\\\"", StringComparison.Ordinal).Trim('"');
                return $" If the value of '{key}' holds a colon, a '#' or quotes, put the whole value in double quotes, e.g. {key}: \"{quoted}\"";
            }
        }

        return "";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]")]
    private static partial System.Text.RegularExpressions.Regex ControlCharacter();

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

    /// <summary>YamlDotNet's message without its own "(Line: …)" prefix: the checker already says where.</summary>
    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0 ? message[(cut + 3)..] : message;
    }
}
