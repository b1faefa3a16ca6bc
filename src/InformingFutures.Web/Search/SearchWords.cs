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
                words.Add(new SearchWord(start, i - start, TermOf(text.AsSpan(start, i - start))));
                start = -1;
            }
        }

        return words;
    }

    public static IReadOnlySet<string> TermsOf(string text) => Split(text).Select(w => w.Term).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Terms already worked out, by the word as written. A toolkit repeats its words: 10,000 pages hold millions of
    /// words but a few thousand distinct ones, so each is folded and stemmed once. Capped, so no query or file of
    /// endless new words can grow it without bound; past the cap, words are simply worked out each time.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> KnownTerms = new(StringComparer.Ordinal);

    private const int MostKnownTerms = 200_000;

    /// <summary>Lower case without accents, so "Café" finds "cafe" and "réflexion" finds "reflexion"; then stemmed.</summary>
    public static string TermOf(string word)
    {
        if (KnownTerms.TryGetValue(word, out var known))
        {
            return known;
        }

        var term = WorkOutTermOf(word);
        if (KnownTerms.Count < MostKnownTerms)
        {
            KnownTerms.TryAdd(word, term);
        }

        return term;
    }

    /// <summary>
    /// A word as written, lower case, as one shared string: every page that writes "reflective" holds the same one.
    /// Capped as the terms are.
    /// </summary>
    public static string Shared(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        if (SharedFormsBySpan.TryGetValue(lower, out var shared))
        {
            return shared;
        }

        var form = lower.ToString();
        return SharedForms.Count < MostKnownTerms ? SharedForms.GetOrAdd(form, form) : form;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> SharedForms = new(StringComparer.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SharedFormsBySpan =
        SharedForms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>As <see cref="TermOf(string)"/>, without making a string of a word already known.</summary>
    private static string TermOf(ReadOnlySpan<char> word) =>
        KnownTermsBySpan.TryGetValue(word, out var known) ? known : TermOf(word.ToString());

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownTermsBySpan =
        KnownTerms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static string WorkOutTermOf(string word)
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
