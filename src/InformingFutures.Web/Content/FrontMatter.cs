namespace InformingFutures.Web.Content;

/// <summary>The YAML block at the top of every content file.</summary>
public sealed record FrontMatter
{
    /// <summary>Page heading and the start of the browser title.</summary>
    public string? Title { get; init; }

    /// <summary>The longest title a share card draws; a longer one is a warning and its card shows this much.</summary>
    public const int MaxTitleLength = 150;

    /// <summary>The longest summary: one sentence, shown in lists, search results and a shared link's card.</summary>
    public const int MaxSummaryLength = 300;

    /// <summary>One sentence, shown in lists and used as the meta description.</summary>
    public string? Summary { get; init; }

    /// <summary>Position among the pages of its section (lowest first).</summary>
    public int Order { get; init; }

    /// <summary>
    /// <c>page</c> (the default); <c>model</c>, which also appears in its section's comparison table; or
    /// <c>site</c>, a page about the site itself (such as the accessibility statement) kept out of resource lists.
    /// </summary>
    public string Type { get; init; } = "page";

    /// <summary>Year the resource was published, for "Cite this resource". A page without one uses its section's.</summary>
    public int? Year { get; init; }

    /// <summary>When this page was last checked. Never taken from its section: a page claims only its own review.</summary>
    public DateTime? Reviewed { get; init; }

    /// <summary>When this page is next due to be checked; never taken from its section.</summary>
    public DateTime? NextReview { get; init; }

    /// <summary>A page still being written: served only in preview (Development), with a "Draft: not published" banner.</summary>
    public bool Draft { get; init; }

    /// <summary>The day the page appears (UTC, judged by the site's clock); before it the page is hidden everywhere.</summary>
    public DateTime? Publish { get; init; }

    /// <summary>What changed for readers, and when: "Updates to this page" and the site's Atom feed.</summary>
    public PageChange[]? Changes { get; init; }

    /// <summary>The entries of <see cref="Changes"/>, newest first.</summary>
    public IReadOnlyList<PageChange> ChangesNewestFirst =>
        Changes is null ? [] : [.. Changes.OrderByDescending(c => c.Date)];

    public bool IsModel => string.Equals(Type, "model", StringComparison.OrdinalIgnoreCase);

    public bool IsSitePage => string.Equals(Type, "site", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every entry of <c>changes:</c> needs a date and a one-line summary: readers and the feed see each one.</summary>
    public IEnumerable<ContentProblem> ChangeProblems(string yaml, int firstLine, string path)
    {
        var entries = Changes ?? [];
        for (var i = 0; i < entries.Length; i++)
        {
            var missing = entries[i] switch
            {
                null or { Date: null, Summary: null } => "a 'date' and a 'summary'",
                { Date: null } => "a 'date'",
                { Summary: var summary } when string.IsNullOrWhiteSpace(summary) => "a 'summary'",
                _ => null,
            };
            var problem = missing is not null ? $"change {i + 1} in 'changes' needs {missing}, such as '- date: 2026-11-27' and '  summary: What changed for readers'"
                : entries[i].Summary!.Trim().Contains('\n') ? $"the summary of change {i + 1} in 'changes' must be one line"
                : null;
            if (problem is not null)
            {
                yield return new ContentProblem(path, FrontMatterReader.LineOfField(yaml, firstLine, "changes"), problem);
            }
        }
    }
}
