using InformingFutures.Web.Content;

namespace InformingFutures.Web.Search;

/// <summary>
/// The terms of one document, by where they stand, ready to match and score; and the words it writes, for typo
/// correction. Only sets are kept: a snippet splits its text again when a search shows it, so 10,000 pages do not
/// hold a list entry for each of their millions of words.
/// </summary>
internal sealed class SearchEntry
{
    // A word in the title says most about what a page is for; one in the body, least.
    public const int TitleWeight = 8;
    public const int HeadingWeight = 4;
    public const int SummaryWeight = 2;
    public const int BodyWeight = 1;

    private readonly IReadOnlySet<string> _title;
    private readonly IReadOnlySet<string> _headings;
    private readonly IReadOnlySet<string> _summaryTerms;
    private readonly IReadOnlySet<string> _bodyTerms;

    public SearchEntry(ContentDocument document, string sectionTitle)
    {
        Document = document;
        SectionTitle = sectionTitle;
        // Each text split once, for both its terms and the words as written.
        var title = Words(document.Title);
        var headings = document.Sections.Select(s => Words(s.Heading)).ToList();
        var summary = Words(document.Summary);
        var body = Words(document.PlainText);
        _title = TermsOf(title);
        _headings = headings.SelectMany(h => h).Select(w => w.Term).ToHashSet(StringComparer.Ordinal);
        _summaryTerms = TermsOf(summary);
        _bodyTerms = TermsOf(body);
        WrittenForms = [.. headings.Prepend(title).Append(summary).Append(body).SelectMany(w => w).Select(w => w.Form).Distinct(StringComparer.Ordinal)];
    }

    private static List<(string Term, string Form)> Words(string text) =>
        [.. SearchWords.Split(text).Select(w => (w.Term, SearchWords.Shared(text.AsSpan(w.Start, w.Length))))];

    private static HashSet<string> TermsOf(List<(string Term, string Form)> words) => words.Select(w => w.Term).ToHashSet(StringComparer.Ordinal);

    public ContentDocument Document { get; }

    public IReadOnlySet<string> TitleTerms => _title;

    public IReadOnlySet<string> HeadingTerms => _headings;

    public IReadOnlySet<string> SummaryTerms => _summaryTerms;

    public IReadOnlySet<string> BodyTerms => _bodyTerms;

    public string SectionTitle { get; }

    /// <summary>Each word the document writes, once, lower case, in reading order: title, headings, summary, body.</summary>
    public IReadOnlyList<string> WrittenForms { get; }

    /// <summary>How many of the query's words the document holds, how many in its title, and its score.</summary>
    public (int Found, int TitleHits, int Score) Match(IReadOnlyList<QueryWord> words)
    {
        var (found, titleHits, score) = (0, 0, 0);
        foreach (var word in words)
        {
            // A word counts once, by the best of the terms that find it.
            var (best, inTitle) = (0, false);
            foreach (var term in word.Terms)
            {
                var title = _title.Contains(term);
                var weight = (title ? TitleWeight : 0)
                    + (_headings.Contains(term) ? HeadingWeight : 0)
                    + (_summaryTerms.Contains(term) ? SummaryWeight : 0)
                    + (_bodyTerms.Contains(term) ? BodyWeight : 0);
                best = Math.Max(best, weight);
                inTitle |= title;
            }

            found += best > 0 ? 1 : 0;
            titleHits += inTitle ? 1 : 0;
            score += best;
        }

        return (found, titleHits, score);
    }

    /// <summary>From the body where it matches, else from the summary, else the opening of the body.</summary>
    public string Snippet(IReadOnlySet<string> terms)
    {
        var body = SearchWords.Split(Document.PlainText);
        return SearchSnippet.AroundFirstMatch(Document.PlainText, body, terms)
            ?? SearchSnippet.AroundFirstMatch(Document.Summary, SearchWords.Split(Document.Summary), terms)
            ?? SearchSnippet.Opening(Document.PlainText, body);
    }
}
