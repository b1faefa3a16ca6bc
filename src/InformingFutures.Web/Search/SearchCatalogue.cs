using InformingFutures.Web.Content;

namespace InformingFutures.Web.Search;

/// <summary>
/// The search index of one content snapshot. Built whole with the snapshot and never changed after, so any
/// number of requests can read it at once.
/// </summary>
public sealed class SearchCatalogue
{
    /// <summary>Longer queries are cut to this length rather than refused.</summary>
    public const int MaxQueryLength = 200;

    private readonly IReadOnlyList<SearchEntry> _entries;

    private SearchCatalogue(IReadOnlyList<SearchEntry> entries) => _entries = entries;

    /// <summary>Every searchable document with its terms, in reading order.</summary>
    internal IReadOnlyList<SearchEntry> Entries => _entries;

    /// <summary>Every document but the home page, which introduces the toolkit rather than holding a resource.</summary>
    public static SearchCatalogue Build(ContentSnapshot snapshot) =>
        new(snapshot.Documents
            .Where(d => !d.IsHome)
            .Select(d => new SearchEntry(d, snapshot.Find(d.Section, null)?.Title ?? d.Section))
            .ToList());

    public SearchResults Search(string? query)
    {
        var cleaned = Clean(query);
        var terms = SearchWords.TermsOf(cleaned);
        return terms.Count == 0
            ? new SearchResults(cleaned, [], QueryHasNoWords: true)
            : new SearchResults(cleaned, Find(terms), QueryHasNoWords: false);
    }

    /// <summary>Documents holding every term: those with a term in the title first, then by score, then in reading order.</summary>
    private IReadOnlyList<SearchResult> Find(IReadOnlySet<string> terms) =>
        _entries
            .Select(entry => (Entry: entry, Match: entry.Match(terms)))
            .Where(m => m.Match is not null)
            .OrderByDescending(m => m.Match?.TitleHits > 0)
            .ThenByDescending(m => m.Match?.Score)
            .Select(m => new SearchResult(m.Entry.Document, m.Entry.SectionTitle, m.Entry.Snippet(terms)))
            .ToList();

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
}
