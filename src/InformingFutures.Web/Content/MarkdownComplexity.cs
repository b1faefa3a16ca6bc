namespace InformingFutures.Web.Content;

/// <summary>
/// Refuses, before Markdig sees it, Markdown that would take Markdig minutes to parse. Markdig 1.6 reads on to the end
/// of the paragraph each time it tries a "](" or "]:" as a link, so a paragraph of many of them costs the product of
/// the two (a 1 MiB line of "[a](" took longer than any editor would wait), and it removes each link reference
/// definition from a list, so many of those cost their number squared. No real page comes near either limit.
/// </summary>
internal static class MarkdownComplexity
{
    /// <summary>Link (or table-row) attempts times paragraph length: 10,000 links in a 2,000-character paragraph pass; ~50 ms of Markdig's time.</summary>
    private const long MaxLinkScanCost = 20_000_000;

    private const int MaxLinkDefinitions = 2_000;

    /// <summary>
    /// Markdig turns a paragraph into a heading or table when the next line underlines it ("===", "---", "|-|-|"), and
    /// finds the paragraph in its parent's list to do so: 260,000 underlined headings took it 25 s.
    /// </summary>
    private const int MaxUnderlines = 2_000;

    /// <returns>Null, or where the trouble starts (1-based) and what to do about it.</returns>
    public static (int Line, int Column, string Message)? Check(string markdown)
    {
        var line = 1;
        var definitions = 0;
        var underlines = 0;
        var previousBlank = true;
        var paragraph = new Paragraph(1, 0);
        var lineStart = 0;
        for (var i = 0; i <= markdown.Length; i++)
        {
            var end = i == markdown.Length;
            var c = end ? '\n' : markdown[i];
            if (c is '\n' or '\r')
            {
                var text = markdown.AsSpan(lineStart, i - lineStart);
                var blank = IsBlank(text);
                if (!blank && !previousBlank && IsUnderline(text) && ++underlines > MaxUnderlines)
                {
                    return (line, 1, $"more than {MaxUnderlines:N0} headings or tables underlined with '===', '---' or '|---|'; start headings with '##' instead");
                }

                previousBlank = blank;
                if (blank)
                {
                    if (paragraph.Check() is { } tooMany)
                    {
                        return tooMany;
                    }

                    paragraph = new Paragraph(line + 1, 0);
                }
                else
                {
                    paragraph.Length += text.Length + 1;
                    if (paragraph.OpenBracketsAtLineStart > 0 && text.Contains('|'))
                    {
                        // A possible table row inside an open "[": Markdig re-reads the paragraph for each.
                        paragraph.Links++;
                        paragraph.FirstLink ??= (line, 1);
                    }

                    if (StartsLinkDefinition(text) && ++definitions > MaxLinkDefinitions)
                    {
                        return (line, 1, $"more than {MaxLinkDefinitions:N0} link reference definitions ('[label]: address' lines); link the addresses in place instead");
                    }
                }

                if (c == '\r' && !end && i + 1 < markdown.Length && markdown[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
                paragraph.OpenBracketsAtLineStart = paragraph.OpenBrackets;
            }
            else if (c == '[')
            {
                paragraph.OpenBrackets++;
            }
            else if (c == '|' && (i > 0 && markdown[i - 1] == ':' || i + 1 < markdown.Length && markdown[i + 1] == ':'))
            {
                // A table cell aligned by a colon ("a:|"): Markdig re-reads the row for each (85,000 in a line took 7 s).
                paragraph.Links++;
                paragraph.FirstLink ??= (line, i - lineStart + 1);
            }
            else if (c == ']')
            {
                paragraph.OpenBrackets = Math.Max(0, paragraph.OpenBrackets - 1);
                if (i + 1 < markdown.Length && markdown[i + 1] is '(' or ':')
                {
                    paragraph.Links++;
                    paragraph.FirstLink ??= (line, i - lineStart + 1);
                }
            }
        }

        return paragraph.Check();
    }

    // Markdig ends a paragraph at a blank line, also inside a quote ("> ").
    private static bool IsBlank(ReadOnlySpan<char> line) => line.TrimStart(" \t>").IsEmpty;

    // A setext underline or a table's delimiter row has '=' or '-'; a line of colons alone closes a notes block.
    private static bool IsUnderline(ReadOnlySpan<char> line) =>
        line.Trim(" \t>") is { IsEmpty: false } rest && rest.IndexOfAnyExcept("=-|: \t") < 0 && rest.IndexOfAny('=', '-') >= 0;

    private static bool StartsLinkDefinition(ReadOnlySpan<char> line) =>
        line.TrimStart(" \t>") is ['[', ..] rest && rest.Contains("]:", StringComparison.Ordinal);

    private sealed class Paragraph(int firstLine, long length)
    {
        public long Length { get; set; } = length;

        public long Links { get; set; }

        public (int Line, int Column)? FirstLink { get; set; }

        public int OpenBrackets { get; set; }

        public int OpenBracketsAtLineStart { get; set; }

        public (int, int, string)? Check() =>
            Links * Length <= MaxLinkScanCost || FirstLink is not { } at
                ? null
                : (at.Line, at.Column, $"the paragraph starting on line {firstLine} has {Links:N0} links, link brackets, table rows or aligned table cells in {Length:N0} characters, "
                    + "too many to check in good time; break it up with blank lines");
    }
}
