using System.Text;
using CsCheck;

namespace InformingFutures.Web.Tests.Content;

/// <summary>
/// Generators for the property tests: real content files and fixtures, damaged in the ways an editor, a bad
/// download or an attacker might (cut short, bytes flipped or inserted, lines repeated or shuffled, Markdown and
/// YAML constructs nested or repeated to extremes, wrong types, invalid UTF-8).
/// </summary>
internal static class ContentMutations
{
    /// <summary>Every Markdown file of the site's own content and of the test fixtures (the crashers excluded: they are tested one by one).</summary>
    public static readonly byte[][] Seeds =
    [
        .. Directory.GetFiles(TestPaths.RepoContent, "*.md", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.md", SearchOption.AllDirectories)
                .Where(f => !f.Contains("generated-crashers", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes),
    ];

    /// <summary>Markdown fragments that nest or repeat badly.</summary>
    private static readonly string[] MarkdownFragments =
    [
        ">", "> ", "- ", "* ", "+ ", "1. ", "  ", "    ", "\t", "  - ", "*", "_", "**", "__", "*a", "_a", "**a _b ", "[", "]", "[a",
        "](", "[a](", "![a](", "[](", "[a](((", "[a](b (", "[a](b \"", "[a]: b\n", "[a]:\n", "[a]: <", "[^", "[a][", "<", "<http://a",
        "<a@b", "`", "``a`", "```\n", "~~~\n", "\\", "&#", "&amp;", "#", "#\n", "## a\n", "a\n=\n", "a\n-\n", "---\n", "***\n",
        "|a", "a|", "|", "|-|\n", "|a|b|\n|-|-|\n", "\n", "\r\n", "\r", "\n\n", "\0", "\uFEFF", "\u2028", "javascript:", "[x](javascript:alert(1))",
        "[x](///x)", "[x](/a b)", "[x](%zz)", "a  \n", "a\\\n",
    ];

    /// <summary>Front matter lines with wrong types, repeats, aliases, tags and the like.</summary>
    private static readonly string[] YamlFragments =
    [
        "title: T\n", "title: [a, b]\n", "title: {a: b}\n", "title:\n", "title: ~\n", "summary: S\n", "summary: |\n  a\n", "order: abc\n",
        "order: 99999999999999\n", "order: -1\n", "order: 1.5\n", "year: 99999999999999999999\n", "reviewed: notadate\n",
        "reviewed: 2020-13-45\n", "nextReview: 2020-01-01\n", "type: model\n", "type: [x]\n", "type: site\n", "a: &a [x, x, x, x]\n",
        "b: &b [*a, *a, *a, *a]\n", "c: [*b, *b, *b, *b]\n", "<<: *x\n", "<<: {title: T}\n", "? [a]\n: b\n", "&k title: T\n", "*k : T\n",
        "title: !!binary YQ==\n", "x: !foo y\n", "%YAML 1.2\n", "...\n", "---\n", "title: \"\\U0010FFFF\"\n", "title: \"\\uD800\"\n",
        "title: \"\\UFFFFFFFF\"\n", "draft: true\n", "draft: maybe\n", "draft: [x]\n", "publish: 2027-03-01\n", "publish: 9999-12-31\n",
        "publish: 0001-01-01\n", "publish: notadate\n", "publish: 2027-03-01T10:00:00+05:00\n", "changes:\n  - date: 2026-01-01\n    summary: S\n",
        "changes: x\n", "changes: [x]\n", "changes: [~]\n", "changes:\n  - summary: S\n", "changes:\n  - date: 2026-01-01\n", "changes: {a: b}\n",
        "changes: [{date: 2026-01-01, summary: [a]}]\n", "changes: [{date: 9999-12-31, summary: \"a\\nb\"}]\n", "[", "]", "{", "}", "'", "\"", ": ", "- ", "? ", "&", "*", "!", "|", ">", "%", "@", "`", "#", "\t", "  ",
    ];

    private static readonly byte[][] BadBytes =
    [
        [0xC3, 0x28], [0xFF], [0xFE, 0xFF], [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE9], [0x00], [0xEF, 0xBB, 0xBF],
    ];

    public static readonly Gen<byte[]> Seed = Gen.Int[0, Seeds.Length - 1].Select(i => Seeds[i]);

    /// <summary>One to four small mutations of a seed file: the common case, cheap to run thousands of times.</summary>
    public static readonly Gen<byte[]> Mutated =
        Gen.Select(Seed, Gen.Int[1, 4], Gen.UInt, (seed, count, salt) => Apply(seed, count, new Random((int)salt)));

    /// <summary>A seed with one fragment repeated thousands of times (up to the file limit) in its front matter or body.</summary>
    public static readonly Gen<byte[]> Extreme =
        Gen.Select(Seed, Gen.Bool, Gen.Int[0, 1 << 20], Gen.Int[1, 20], Gen.UInt, (seed, yaml, size, repeat, salt) =>
        {
            var random = new Random((int)salt);
            var fragments = yaml ? YamlFragments : MarkdownFragments;
            var unit = string.Concat(Enumerable.Range(0, repeat).Select(_ => fragments[random.Next(fragments.Length)]));
            var text = Encoding.UTF8.GetString(seed);
            var at = yaml ? Math.Min(text.Length, 4) : random.Next(text.Length + 1);
            var times = Math.Max(1, (size - text.Length) / Math.Max(1, Encoding.UTF8.GetByteCount(unit)));
            var bytes = Encoding.UTF8.GetBytes(text[..at] + new StringBuilder(unit.Length * times).Insert(0, unit, times) + text[at..]);
            return bytes.Length <= PathologicalInputs.MaxFileBytes ? bytes : bytes[..PathologicalInputs.MaxFileBytes];
        });

    private static byte[] Apply(byte[] seed, int count, Random random)
    {
        var bytes = seed.ToList();
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(9))
            {
                case 0: // cut short
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 1 when bytes.Count > 0: // flip a byte
                    bytes[Math.Min(at, bytes.Count - 1)] ^= (byte)(1 << random.Next(8));
                    break;
                case 2: // random bytes
                    bytes.InsertRange(at, Enumerable.Range(0, random.Next(1, 16)).Select(_ => (byte)random.Next(256)));
                    break;
                case 3:
                    bytes.InsertRange(at, BadBytes[random.Next(BadBytes.Length)]);
                    break;
                case 4:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(MarkdownFragments[random.Next(MarkdownFragments.Length)]));
                    break;
                case 5: // into the front matter, after the opening fence
                    bytes.InsertRange(Math.Min(bytes.Count, 4), Encoding.UTF8.GetBytes(YamlFragments[random.Next(YamlFragments.Length)]));
                    break;
                default:
                    bytes = ShuffleOrRepeatLines(bytes, random);
                    break;
            }
        }

        return [.. bytes];
    }

    private static List<byte> ShuffleOrRepeatLines(List<byte> bytes, Random random)
    {
        var lines = Encoding.UTF8.GetString([.. bytes]).Split('\n').ToList();
        var line = random.Next(lines.Count);
        if (random.Next(2) == 0)
        {
            lines.InsertRange(line, Enumerable.Repeat(lines[line], random.Next(1, 200)));
        }
        else
        {
            var other = random.Next(lines.Count);
            (lines[line], lines[other]) = (lines[other], lines[line]);
        }

        return [.. Encoding.UTF8.GetBytes(string.Join('\n', lines))];
    }
}
