using Lucene.Net.Tartarus.Snowball.Ext;

namespace InformingFutures.Web.Search;

/// <summary>
/// Snowball's English stemmer (Porter2), so "reflective", "reflection" and "reflecting" all find "reflect" while
/// "national", "nation" and "native" stay apart. Query and content words both pass through it. The export's
/// search.js stems with porter2.js, the same algorithm, and a browser test holds the two to the same answers.
/// </summary>
public static partial class WordStem
{
    // Lucene's stemmer keeps its word in a buffer, so each thread has its own.
    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

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

    /// <param name="word">A lower-case word without accents.</param>
    public static string Of(string word)
    {
        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
