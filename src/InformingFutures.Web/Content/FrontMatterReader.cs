using YamlDotNet.Core;
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
    private static readonly HashSet<string> KnownFields = ["title", "summary", "order", "type", "year", "reviewed", "nextReview", "draft", "publish", "changes"];

    /// <param name="yaml">The text between the <c>---</c> fences.</param>
    /// <param name="firstLine">The 1-based line of the file where <paramref name="yaml"/> starts.</param>
    /// <param name="path">The file, for the problem report.</param>
    /// <returns>The fields, or the mistake that stops them being read; and a warning for each field the site does not know.</returns>
    public static (FrontMatter? Meta, ContentProblem? Problem, IReadOnlyList<ContentProblem> UnknownFields) Read(string yaml, int firstLine, string path)
    {
        // A title or change summary goes into the Atom feed, whose XML cannot hold a control character.
        if (FrontMatterHints.ControlCharacter().Match(yaml) is { Success: true } control)
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
            var hint = FrontMatterHints.QuotingHint(yaml, e);
            return (null, At(path, firstLine, e.Start, "front matter is not valid YAML: " + FrontMatterHints.Describe(e) + (hint.Length > 0 ? "." + hint : "")), []);
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
                : "front matter is not valid YAML: " + FrontMatterHints.Describe(e)), []);
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
                KnownFields.FirstOrDefault(known => IsSlip(key.Name, known)) is { } meant
                    ? $"unknown front matter field '{key.Name}' is ignored: write '{meant}' if that is what you meant"
                    : $"unknown front matter field '{key.Name}' is ignored (known fields: {string.Join(", ", KnownFields)})"))];

    /// <summary>
    /// A slip of the keys rather than another word: the same letters in another case, or one letter missing, added,
    /// changed or two swapped ("Title", "titel", "sumary", "reveiwed").
    /// </summary>
    private static bool IsSlip(string written, string known)
    {
        var (a, b) = (written.ToLowerInvariant(), known.ToLowerInvariant());
        if (a == b)
        {
            return true;
        }

        if (Math.Abs(a.Length - b.Length) > 1 || b.Length < 4)
        {
            return false;
        }

        var start = 0;
        while (start < Math.Min(a.Length, b.Length) && a[start] == b[start])
        {
            start++;
        }

        var swapped = a.Length == b.Length && start + 1 < a.Length && a[start] == b[start + 1] && a[start + 1] == b[start];
        return swapped ? a[(start + 2)..] == b[(start + 2)..]
            : a[(start + (a.Length >= b.Length ? 1 : 0))..] == b[(start + (b.Length >= a.Length ? 1 : 0))..];
    }

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
}
