namespace InformingFutures.Web.Search;

/// <summary>
/// A light English stemmer, so "reflective", "reflection" and "reflecting" all find "reflect". It is crude on
/// purpose: query and content words both pass through it, so what matters is that related forms meet, not that
/// the stem is a real word.
/// </summary>
public static class WordStem
{
    // Shorter stems conflate unrelated words ("red" and "ring" would both lose their endings).
    private const int MinimumStemLength = 3;

    // Longest first, so "ions" wins over "s". Stripped repeatedly: "organisational" → "organisation" → "organisat".
    private static readonly (string Suffix, string Replacement)[] Endings =
    [
        ("ness", ""), ("ment", ""), ("ions", ""),
        ("ies", "y"), ("ion", ""), ("ing", ""), ("ive", ""),
        ("es", ""), ("ed", ""), ("al", ""), ("ly", ""),
        ("s", ""), ("e", ""),
    ];

    /// <param name="word">A lower-case word without accents.</param>
    public static string Of(string word)
    {
        var stem = word;
        while (StripOneEnding(stem) is { } shorter)
        {
            stem = shorter;
        }

        return stem;
    }

    private static string? StripOneEnding(string word)
    {
        foreach (var (suffix, replacement) in Endings)
        {
            if (word.Length - suffix.Length >= MinimumStemLength
                && word.EndsWith(suffix, StringComparison.Ordinal)
                && !IsNotAPlural(word, suffix))
            {
                return word[..^suffix.Length] + replacement;
            }
        }

        return null;
    }

    // "process", "focus" and "analysis" end in s without being plurals.
    private static bool IsNotAPlural(string word, string suffix) =>
        suffix == "s" && word[^2] is 's' or 'u' or 'i';
}
