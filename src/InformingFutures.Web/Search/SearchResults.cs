using InformingFutures.Web.Content;

namespace InformingFutures.Web.Search;

/// <summary>One document that matched.</summary>
/// <param name="SectionTitle">The title of the section's overview: the resource the document belongs to.</param>
/// <param name="SnippetHtml">Encoded text around the first match, with the matched words in <c>&lt;mark&gt;</c>.</param>
public sealed record SearchResult(ContentDocument Document, string SectionTitle, string SnippetHtml)
{
    /// <summary>False for a page holding only some of the query's words, listed after those holding all.</summary>
    public bool HasEveryWord { get; init; } = true;
}

/// <summary>The answer to one query.</summary>
/// <param name="Query">The query as searched: trimmed and cut to <see cref="SearchCatalogue.MaxQueryLength"/> characters.</param>
/// <param name="QueryHasNoWords">True when the query holds no letters or digits, so nothing could be searched.</param>
public sealed record SearchResults(string Query, IReadOnlyList<SearchResult> Matches, bool QueryHasNoWords)
{
    public static SearchResults None { get; } = new("", [], QueryHasNoWords: true);

    public bool IsEmptyQuery => Query.Length == 0;

    /// <summary>Words searched as something else: a typo as the word meant, a joined word as its two words.</summary>
    public IReadOnlyList<(string Typed, string Meant)> Corrections { get; init; } = [];

    /// <summary>When nothing matched: a query of words the content uses, near the one typed, that finds pages.</summary>
    public string? DidYouMean { get; init; }
}
