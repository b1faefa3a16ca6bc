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

    private SearchCatalogue(IReadOnlyList<SearchEntry> entries, IReadOnlyDictionary<string, IReadOnlyList<string>> written)
    {
        _entries = entries;
        Written = written;
        Vocabulary = [.. written.Keys.Order(StringComparer.Ordinal)];
        _known = written.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private readonly HashSet<string> _known;

    /// <summary>Every term the content uses, in ordinal order: what a typo is corrected to.</summary>
    internal IReadOnlyList<string> Vocabulary { get; }

    /// <summary>
    /// Each term as the content writes it (lower case, first seen first): what a typo is measured against, and how a
    /// corrected query names what it searched for.
    /// </summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<string>> Written { get; }

    /// <summary>Every searchable document with its terms, in reading order.</summary>
    internal IReadOnlyList<SearchEntry> Entries => _entries;

    /// <summary>Every document but the home page, which introduces the toolkit rather than holding a resource.</summary>
    public static SearchCatalogue Build(ContentSnapshot snapshot)
    {
        // Spread over the cores: at a start every page's text is split and stemmed (0.8 s at 3,000 pages on one);
        // a reload finds nearly every entry kept.
        var entries = snapshot.Documents
            .Where(d => !d.IsHome)
            .AsParallel().AsOrdered()
            .Select(d => EntryOf(d, snapshot.Find(d.Section, null)?.Title ?? d.Section))
            .ToList();
        var written = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var form in entries.SelectMany(e => e.WrittenForms))
        {
            var term = SearchWords.TermOf(form);
            if (!written.TryGetValue(term, out var forms))
            {
                written[term] = [form];
            }
            else if (!forms.Contains(form))
            {
                forms.Add(form);
            }
        }

        return new SearchCatalogue(entries, written.ToDictionary(w => w.Key, IReadOnlyList<string> (w) => w.Value, StringComparer.Ordinal));
    }

    /// <summary>
    /// Entries by document, kept while the document lives: a reload reuses every unchanged document, so it reuses
    /// that document's entry too rather than splitting its text again.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ContentDocument, SearchEntry> EntriesByDocument = [];

    private static SearchEntry EntryOf(ContentDocument document, string sectionTitle)
    {
        if (EntriesByDocument.TryGetValue(document, out var kept) && kept.SectionTitle == sectionTitle)
        {
            return kept;
        }

        var entry = new SearchEntry(document, sectionTitle);
        EntriesByDocument.AddOrUpdate(document, entry);
        return entry;
    }

    public SearchResults Search(string? query)
    {
        var cleaned = Clean(query);
        var terms = SearchWords.Split(cleaned).DistinctBy(w => w.Term, StringComparer.Ordinal)
            .Select(w => (w.Term, Typed: cleaned.Substring(w.Start, w.Length))).ToList();
        if (terms.Count == 0)
        {
            return new SearchResults(cleaned, [], QueryHasNoWords: true);
        }

        var words = SearchForgiveness.Read(terms, _known, Vocabulary, Written);
        var matches = Find(words);
        return new SearchResults(cleaned, matches, QueryHasNoWords: false)
        {
            Corrections = [.. words.Where(w => w.Meant is not null).Select(w => (w.Typed, w.Meant!))],
            DidYouMean = matches.Count == 0 ? Suggestion(terms) : null,
        };
    }

    /// <summary>A nearby query that finds something, built from words the content uses; null when there is none.</summary>
    private string? Suggestion(IReadOnlyList<(string Term, string Typed)> terms) =>
        SearchForgiveness.Suggest(terms, _known, Vocabulary, Written) is { } suggested && Search(suggested).Matches.Count > 0 ? suggested : null;

    /// <summary>
    /// Documents holding every word first, then those holding some (most words first); within each, those with a
    /// word in the title first, then by score, then in reading order.
    /// </summary>
    private IReadOnlyList<SearchResult> Find(IReadOnlyList<QueryWord> words)
    {
        var marked = words.SelectMany(w => w.Terms).ToHashSet(StringComparer.Ordinal);
        return _entries
            .Select(entry => (Entry: entry, Match: entry.Match(words)))
            .Where(m => m.Match.Found > 0)
            .OrderByDescending(m => m.Match.Found)
            .ThenByDescending(m => m.Match.TitleHits > 0)
            .ThenByDescending(m => m.Match.Score)
            .Select(m => new SearchResult(m.Entry.Document, m.Entry.SectionTitle, m.Entry.Snippet(marked)) { HasEveryWord = m.Match.Found == words.Count })
            .ToList();
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
}
