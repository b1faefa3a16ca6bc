namespace InformingFutures.Web.Search;

/// <summary>
/// A light English stemmer, so "reflective", "reflection" and "reflecting" all find "reflect". It is crude on
/// purpose: query and content words both pass through it, so what matters is that related forms meet, not that
/// the stem is a real word.
/// </summary>
public static partial class WordStem
{
    // Shorter stems conflate unrelated words ("red" and "ring" would both lose their endings).
    private const int MinimumStemLength = 3;

    // Longest first, so "ions" wins over "s". Stripped repeatedly: "organisational" → "organisation" → "organisat".
    private static readonly (string Suffix, string Replacement)[] Endings =
    [
        ("isations", "ise"), ("isation", "ise"),
        ("ness", ""), ("ment", ""), ("ions", ""),
        ("ies", "y"), ("ion", ""), ("ing", ""), ("ive", ""),
        ("es", ""), ("ed", ""), ("al", ""), ("ly", ""),
        ("s", ""), ("e", ""),
    ];

    /// <param name="word">A lower-case word without accents.</param>
    /// <summary>
    /// US spellings as British, so either finds both: "organization" as "organisation", "analyze" as "analyse",
    /// "behavior" as "behaviour". search.js folds the same way.
    /// </summary>
    public static string FoldSpelling(string word)
    {
        var folded = UsZ().Replace(word, "$1s$2");
        return UsOr().Replace(folded, "$1our$2");
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(.{2,}[iy])z(e|es|ed|ing|ation|ations|ational|er|ers)$")]
    private static partial System.Text.RegularExpressions.Regex UsZ();

    // Only words of the -or family that British spells -our; "for", "actor" and "visitor" are left alone.
    [System.Text.RegularExpressions.GeneratedRegex("^(behavi|col|fav|harb|hon|hum|lab|neighb|rum|savi|vap|vig)or(s|ed|ing|al|ally|ist|ists|ite|ites|able)?$")]
    private static partial System.Text.RegularExpressions.Regex UsOr();

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
