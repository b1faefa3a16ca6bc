using InformingFutures.Web.Content;

namespace InformingFutures.Web.Search;

/// <summary>
/// Full-text search over the published content. The index follows content reloads: it is rebuilt on the first
/// search after <see cref="ContentSnapshot.Version"/> changes.
/// </summary>
public sealed class SearchIndex(ContentIndex content)
{
    /// <summary>Longer queries are cut to this length rather than refused.</summary>
    public const int MaxQueryLength = 200;

    // Swapped whole: a reader sees the old catalogue or the new one, never one half built.
    private SearchCatalogue _catalogue = SearchCatalogue.Unbuilt;

    public SearchResults Search(string? query)
    {
        var cleaned = Clean(query);
        var terms = SearchWords.TermsOf(cleaned);
        return terms.Count == 0
            ? new SearchResults(cleaned, [], QueryHasNoWords: true)
            : new SearchResults(cleaned, CatalogueForCurrentContent().Find(terms), QueryHasNoWords: false);
    }

    /// <summary>Control characters (a pasted tab, a <c>%00</c>) as spaces, trimmed, and at most <see cref="MaxQueryLength"/> characters.</summary>
    private static string Clean(string? query)
    {
        var text = new string((query ?? "").Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        if (text.Length <= MaxQueryLength)
        {
            return text;
        }

        // Never cut between the two halves of an emoji or other surrogate pair.
        var cut = char.IsHighSurrogate(text[MaxQueryLength - 1]) ? MaxQueryLength - 1 : MaxQueryLength;
        return text[..cut].TrimEnd();
    }

    private SearchCatalogue CatalogueForCurrentContent()
    {
        var snapshot = content.Current;
        var catalogue = Volatile.Read(ref _catalogue);
        if (catalogue.Version == snapshot.Version)
        {
            return catalogue;
        }

        // Two requests may both rebuild after a reload; each gets a complete catalogue and one of them is kept.
        var fresh = SearchCatalogue.Build(snapshot);
        Interlocked.CompareExchange(ref _catalogue, fresh, catalogue);
        return fresh;
    }
}
