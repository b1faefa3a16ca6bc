using InformingFutures.Web.Content;

namespace InformingFutures.Web.Search;

/// <summary>The words of one document, by where they stand, ready to match and score.</summary>
internal sealed class SearchEntry
{
    // A word in the title says most about what a page is for; one in the body, least.
    public const int TitleWeight = 8;
    public const int HeadingWeight = 4;
    public const int SummaryWeight = 2;
    public const int BodyWeight = 1;

    private readonly IReadOnlySet<string> _title;
    private readonly IReadOnlySet<string> _headings;
    private readonly IReadOnlyList<SearchWord> _summary;
    private readonly IReadOnlyList<SearchWord> _body;
    private readonly IReadOnlySet<string> _summaryTerms;
    private readonly IReadOnlySet<string> _bodyTerms;

    public SearchEntry(ContentDocument document, string sectionTitle)
    {
        Document = document;
        SectionTitle = sectionTitle;
        _title = SearchWords.TermsOf(document.Title);
        _headings = document.Sections.SelectMany(s => SearchWords.TermsOf(s.Heading)).ToHashSet(StringComparer.Ordinal);
        _summary = SearchWords.Split(document.Summary);
        _body = SearchWords.Split(document.PlainText);
        _summaryTerms = _summary.Select(w => w.Term).ToHashSet(StringComparer.Ordinal);
        _bodyTerms = _body.Select(w => w.Term).ToHashSet(StringComparer.Ordinal);
    }

    public ContentDocument Document { get; }

    public IReadOnlySet<string> TitleTerms => _title;

    public IReadOnlySet<string> HeadingTerms => _headings;

    public IReadOnlySet<string> SummaryTerms => _summaryTerms;

    public IReadOnlySet<string> BodyTerms => _bodyTerms;

    public string SectionTitle { get; }

    /// <summary>Each word of the document with the text it stands in: title, headings, then the summary and body as already split.</summary>
    public IEnumerable<(string Text, SearchWord Word)> WrittenWords()
    {
        foreach (var text in Document.Sections.Select(s => s.Heading).Prepend(Document.Title))
        {
            foreach (var word in SearchWords.Split(text))
            {
                yield return (text, word);
            }
        }

        foreach (var word in _summary)
        {
            yield return (Document.Summary, word);
        }

        foreach (var word in _body)
        {
            yield return (Document.PlainText, word);
        }
    }

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
    public string Snippet(IReadOnlySet<string> terms) =>
        SearchSnippet.AroundFirstMatch(Document.PlainText, _body, terms)
        ?? SearchSnippet.AroundFirstMatch(Document.Summary, _summary, terms)
        ?? SearchSnippet.Opening(Document.PlainText, _body);
}
