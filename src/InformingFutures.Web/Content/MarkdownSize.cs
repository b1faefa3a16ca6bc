namespace InformingFutures.Web.Content;

/// <summary>
/// Refuses, before Markdig sees it, a page too big to hold as a syntax tree. Markdig makes an object for each block and
/// each piece of inline markup, so a file's memory grows with its lines and markup characters, not its bytes: a
/// megabyte of "#" lines took 600 MB to parse. No real page comes near either limit; a long one should be split.
/// </summary>
internal static class MarkdownSize
{
    public const int MaxLines = 10_000;

    public const int MaxMarkupCharacters = 50_000;

    /// <summary>
    /// Rows times columns of one table. Markdig makes every row as wide as the widest, so a 5 KB file of a
    /// 1,000-cell header and 400 one-cell rows is 400,000 cells (2.5 MB of HTML in each of a page's five views).
    /// </summary>
    public const int MaxTableCells = 10_000;

    /// <returns>Null, or where the limit is passed (1-based) and what to do about it.</returns>
    public static (int Line, int Column, string Message)? Check(string markdown)
    {
        var (line, lineStart, markup) = (1, 0, 0);
        var table = new TableExtent();
        for (var i = 0; i < markdown.Length; i++)
        {
            switch (markdown[i])
            {
                case '\n' or '\r':
                    if (markdown[i] == '\r' && i + 1 < markdown.Length && markdown[i + 1] == '\n')
                    {
                        i++;
                    }

                    if (table.EndLine(line, markdown.AsSpan(lineStart, i - lineStart)) is { } tooWide)
                    {
                        return tooWide;
                    }

                    if (++line > MaxLines)
                    {
                        return (line, 1, $"the file has more than {MaxLines:N0} lines, more than a page can hold; split it into several pages");
                    }

                    lineStart = i + 1;
                    break;
                case '*' or '_' or '[' or ']' or '(' or ')' or '!' or '<' or '>' or '|' or '`' or '#' or '&' or '\\' or '~' or ':':
                    if (markdown[i] == '|')
                    {
                        table.Pipe();
                    }

                    if (++markup > MaxMarkupCharacters)
                    {
                        return (line, i - lineStart + 1, $"the file has more than {MaxMarkupCharacters:N0} Markdown markup characters (such as * _ [ ] | # < >), more than a page can hold; split it into several pages");
                    }

                    break;
            }
        }

        return table.EndLine(line, markdown.AsSpan(lineStart));
    }

    /// <summary>
    /// The run of lines with pipes (a table, as far as cells go): its first line, rows and widest row, and whether it
    /// has a delimiter row ("|---|:--|"), without which Markdig reads the lines as a paragraph and pads nothing.
    /// </summary>
    private sealed class TableExtent
    {
        private int _firstLine;
        private int _rows;
        private int _widest;
        private int _pipesThisLine;
        private bool _isTable;

        public void Pipe() => _pipesThisLine++;

        /// <summary>Ends a line; the limit's message when the table so far is too big, at its first line.</summary>
        public (int Line, int Column, string Message)? EndLine(int line, ReadOnlySpan<char> text)
        {
            if (_pipesThisLine == 0)
            {
                _rows = _widest = 0;
                _isTable = false;
                return null;
            }

            if (_rows++ == 0)
            {
                _firstLine = line;
            }

            _isTable |= text.Contains('-') && !text.ContainsAnyExcept("|-: \t");

            // "a | b" and "| a | b |" are both two cells: one more than the pipes between them.
            var row = text.Trim();
            var cells = _pipesThisLine + 1 - (row.StartsWith('|') ? 1 : 0) - (row.Length > 1 && row.EndsWith('|') ? 1 : 0);
            _widest = Math.Max(_widest, cells);
            _pipesThisLine = 0;
            return _isTable && (long)_rows * _widest > MaxTableCells
                ? (_firstLine, 1, $"the table starting on line {_firstLine} has more than {MaxTableCells:N0} cells ({_rows:N0} rows so far, each as wide as its widest row of {_widest:N0}); split it into smaller tables")
                : null;
        }
    }
}
