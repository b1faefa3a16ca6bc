using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace InformingFutures.Web.Search;

/// <summary>
/// About thirty words of a document's text around the first match, matched words in <c>&lt;mark&gt;</c>. Every
/// piece of text is HTML-encoded on the way in, so neither content nor a query can add markup to the page.
/// </summary>
public static partial class SearchSnippet
{
    private const int WindowWords = 30;
    private const int WordsBeforeMatch = 10;

    private static readonly IReadOnlySet<string> NoTerms = new HashSet<string>();

    /// <summary>The window around the first word whose term is in <paramref name="terms"/>, or null if none is.</summary>
    public static string? AroundFirstMatch(string text, IReadOnlyList<SearchWord> words, IReadOnlySet<string> terms)
    {
        var first = IndexOfFirstMatch(words, terms);
        if (first < 0)
        {
            return null;
        }

        // Near the end of the text, start earlier so the window still holds about thirty words.
        var from = Math.Max(0, Math.Min(first - WordsBeforeMatch, words.Count - WindowWords));
        return Window(text, words, terms, from);
    }

    /// <summary>The opening words of the text, nothing marked.</summary>
    public static string Opening(string text, IReadOnlyList<SearchWord> words) => Window(text, words, NoTerms, 0);

    private static int IndexOfFirstMatch(IReadOnlyList<SearchWord> words, IReadOnlySet<string> terms)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (terms.Contains(words[i].Term))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Window(string text, IReadOnlyList<SearchWord> words, IReadOnlySet<string> terms, int from)
    {
        if (words.Count == 0)
        {
            return WebUtility.HtmlEncode(Whitespace().Replace(text, " ").Trim());
        }

        var to = Math.Min(words.Count, from + WindowWords);
        var html = new StringBuilder();
        html.Append(from > 0 ? "… " : "");
        var position = from > 0 ? words[from].Start : 0;
        for (var i = from; i < to; i++)
        {
            var word = words[i];
            AppendText(html, text[position..word.Start]);
            var encoded = WebUtility.HtmlEncode(text[word.Start..word.End]);
            html.Append(terms.Contains(word.Term) ? $"<mark>{encoded}</mark>" : encoded);
            position = word.End;
        }

        // Keep the closing punctuation when the window reaches the end of the text.
        AppendText(html, to < words.Count ? "" : text[position..]);
        html.Append(to < words.Count ? " …" : "");
        return html.ToString().Trim();
    }

    private static void AppendText(StringBuilder html, string text) =>
        html.Append(WebUtility.HtmlEncode(Whitespace().Replace(text, " ")));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
