using InformingFutures.Web.Content;

namespace InformingFutures.Web.Search;

/// <summary>
/// The search index of one content snapshot. Built whole before anyone sees it and never changed after, so any
/// number of requests can read it at once.
/// </summary>
internal sealed class SearchCatalogue
{
    private readonly IReadOnlyList<SearchEntry> _entries;

    private SearchCatalogue(IReadOnlyList<SearchEntry> entries, long version)
    {
        _entries = entries;
        Version = version;
    }

    /// <summary>Matches no snapshot, so the first search builds a real catalogue.</summary>
    public static SearchCatalogue Unbuilt { get; } = new([], -1);

    /// <summary>The <see cref="ContentSnapshot.Version"/> this catalogue was built from.</summary>
    public long Version { get; }

    /// <summary>Every document but the home page, which introduces the toolkit rather than holding a resource.</summary>
    public static SearchCatalogue Build(ContentSnapshot snapshot) =>
        new(snapshot.Documents
            .Where(d => !d.IsHome)
            .Select(d => new SearchEntry(d, snapshot.Find(d.Section, null)?.Title ?? d.Section))
            .ToList(), snapshot.Version);

    /// <summary>Documents holding every term: those with a term in the title first, then by score, then in reading order.</summary>
    public IReadOnlyList<SearchResult> Find(IReadOnlySet<string> terms) =>
        _entries
            .Select(entry => (Entry: entry, Match: entry.Match(terms)))
            .Where(m => m.Match is not null)
            .OrderByDescending(m => m.Match!.Value.TitleHits > 0)
            .ThenByDescending(m => m.Match!.Value.Score)
            .Select(m => new SearchResult(m.Entry.Document, m.Entry.SectionTitle, m.Entry.Snippet(terms)))
            .ToList();
}
