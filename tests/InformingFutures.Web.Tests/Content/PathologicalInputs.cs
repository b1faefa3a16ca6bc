using System.Text;

namespace InformingFutures.Web.Tests.Content;

/// <summary>
/// Rebuilds the large inputs (up to the 1 MiB file limit) that made loading hang or throw: too big to commit, quick to
/// make. Each is a front matter, perhaps a few words, one fragment repeated until the file is full, and perhaps an ending.
/// </summary>
internal static class PathologicalInputs
{
    public const int MaxFileBytes = 1024 * 1024;

    private const string FrontMatter = "---\ntitle: T\nsummary: S\n---\n\n";

    /// <summary>Name; the text after the front matter, the fragment then repeated, and the ending; what each did to Markdig 1.6.0 before the fix in a comment.</summary>
    private static readonly Dictionary<string, (string Before, string Repeated, string After)> Fragments = new()
    {
        ["open-link-destinations"] = ("", "[a](", ""),          // every "](" re-read the rest of the line: minutes
        ["open-image-destinations"] = ("", "![a](", ""),
        ["empty-links"] = ("", "[](", ""),
        ["open-parens-in-destination"] = ("", "[a](((", ""),
        ["open-paren-titles"] = ("", "[a](b (", ""),           // a "(title" is read to the end of the paragraph
        ["open-paren-titles-lines"] = ("", "[a](b (\n", ""),
        ["open-quote-titles"] = ("", "[a]: b \"\n", ""),
        ["empty-definitions"] = ("", "[a]:\n", ""),
        ["definitions-one-paragraph"] = ("", "[a]: b\n", ""),   // each definition removed from a list: quadratic
        ["definitions-blank-lines"] = ("", "[a]: b\n\n", ""),
        ["empty-headings"] = ("", "#\n", ""),                   // Markdig's heading ids searched "-1", "-2", … for each repeat
        ["equal-headings"] = ("", "## a\n", ""),
        ["underlined-headings"] = ("", "a\n-\n", ""),           // setext headings: 25 s
        ["underlined-headings-equals"] = ("", "a\n=\n", ""),
        ["tables"] = ("", "|a|b|\n|-|-|\n\n", ""),
        ["quotes"] = ("", ">", ""),                             // Markdig's depth limit: an ArgumentException
        ["brackets"] = ("", "[", ""),
        ["emphasis"] = ("", "*a", ""),
        ["pipes"] = ("", "a|", ""),
        ["list-items"] = ("", "- a\n", ""),
        ["nested-links"] = ("", "[a", ""),
        ["open-bracket-over-table-rows"] = ("Welcome. See [the sectio", "|-|\n", ""), // found by the property test: minutes
        ["open-bracket-over-pipes"] = ("Welcome. See [the", "|a\r\n", " section](/sec)\n"),           // found by the property test, closed at the end
        ["colon-pipes"] = ("Welcom", "javascript:|", "e. See [the section](/sec).\n"), // found by the property test: 10 s at 600 KB
        ["aligned-cells"] = ("", "a :|", ""),
        ["link-over-pipes"] = ("[a", "|a|b|c|d|\n", "](/x)\n"),
    };

    public static IEnumerable<string> Names => Fragments.Keys;

    public static byte[] Build(string name)
    {
        var (before, repeated, after) = Fragments[name];
        return Fill(FrontMatter + before, repeated, after);
    }

    /// <summary><paramref name="start"/>, then <paramref name="fragment"/> repeated, then <paramref name="end"/>: <see cref="MaxFileBytes"/> bytes or just under.</summary>
    public static byte[] Fill(string start, string fragment, string end)
    {
        var text = new StringBuilder(MaxFileBytes).Append(start);
        while (text.Length + fragment.Length + end.Length <= MaxFileBytes) // ASCII fragments: one byte a character
        {
            text.Append(fragment);
        }

        return Encoding.UTF8.GetBytes(text.Append(end).ToString());
    }
}
