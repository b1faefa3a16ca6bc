using System.Globalization;
using System.Text;

namespace InformingFutures.Web.Search;

/// <summary>One word of a text: where it stands, and the term it is matched by.</summary>
public readonly record struct SearchWord(int Start, int Length, string Term)
{
    public int End => Start + Length;
}

/// <summary>Splits text into words and reduces each to the term search compares, for content and queries alike.</summary>
public static class SearchWords
{
    /// <summary>Runs of letters and digits; everything else (spaces, punctuation, symbols, emoji) separates words.</summary>
    public static IReadOnlyList<SearchWord> Split(string text)
    {
        var words = new List<SearchWord>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            // A combining accent belongs to the letter before it, as in a decomposed "e\u0301".
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (start >= 0 && IsNonSpacingMark(text[i])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(new SearchWord(start, i - start, TermOf(text[start..i])));
                start = -1;
            }
        }

        return words;
    }

    public static IReadOnlySet<string> TermsOf(string text) => Split(text).Select(w => w.Term).ToHashSet(StringComparer.Ordinal);

    /// <summary>Lower case without accents, so "Café" finds "cafe" and "réflexion" finds "reflexion"; then stemmed.</summary>
    public static string TermOf(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (!IsNonSpacingMark(c))
            {
                plain.Append(c);
            }
        }

        return WordStem.Of(WordStem.FoldSpelling(plain.ToString().Normalize(NormalizationForm.FormC)));
    }

    private static bool IsNonSpacingMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
