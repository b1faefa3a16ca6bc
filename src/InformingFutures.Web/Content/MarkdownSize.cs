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

    /// <returns>Null, or where the limit is passed (1-based) and what to do about it.</returns>
    public static (int Line, int Column, string Message)? Check(string markdown)
    {
        var (line, lineStart, markup) = (1, 0, 0);
        for (var i = 0; i < markdown.Length; i++)
        {
            switch (markdown[i])
            {
                case '\n' or '\r':
                    if (markdown[i] == '\r' && i + 1 < markdown.Length && markdown[i + 1] == '\n')
                    {
                        i++;
                    }

                    if (++line > MaxLines)
                    {
                        return (line, 1, $"the file has more than {MaxLines:N0} lines, more than a page can hold; split it into several pages");
                    }

                    lineStart = i + 1;
                    break;
                case '*' or '_' or '[' or ']' or '(' or ')' or '!' or '<' or '>' or '|' or '`' or '#' or '&' or '\\' or '~' or ':':
                    if (++markup > MaxMarkupCharacters)
                    {
                        return (line, i - lineStart + 1, $"the file has more than {MaxMarkupCharacters:N0} Markdown markup characters (such as * _ [ ] | # < >), more than a page can hold; split it into several pages");
                    }

                    break;
            }
        }

        return null;
    }
}
