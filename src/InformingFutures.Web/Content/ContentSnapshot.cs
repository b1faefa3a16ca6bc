namespace InformingFutures.Web.Content;

/// <summary>An immutable view of all published content at one moment. Readers never see a half-loaded site.</summary>
public sealed class ContentSnapshot
{
    // Built at every reload (and again as problems are added): a plain dictionary, cheaper to build than a frozen one.
    private readonly Dictionary<string, ContentDocument> _byUrl;

    public ContentSnapshot(IEnumerable<ContentDocument> documents, IReadOnlyList<ContentProblem> problems, long version, IReadOnlyList<(string FromUrl, string FromPath, InternalLink Link)>? links = null)
    {
        Documents = documents.OrderBy(d => d.Section, StringComparer.Ordinal).ThenBy(d => d.Slug.Length > 0).ThenBy(d => d.Meta.Order).ThenBy(d => d.Slug, StringComparer.Ordinal).ToList();
        _byUrl = Documents.ToDictionary(d => d.Url, StringComparer.Ordinal);
        Problems = problems;
        Version = version;
        Links = links ?? [];
    }

    public static ContentSnapshot Empty { get; } = new([], [], 0);

    /// <summary>Links from every content file to other pages of the site, checked against the routes once they are known.</summary>
    public IReadOnlyList<(string FromUrl, string FromPath, InternalLink Link)> Links { get; }

    /// <summary>The same content with more problems reported.</summary>
    public ContentSnapshot WithProblems(IEnumerable<ContentProblem> more) => new(Documents, [.. Problems, .. more], Version, Links);

    /// <summary>Every published document, sections in name order, each overview before its pages.</summary>
    public IReadOnlyList<ContentDocument> Documents { get; }

    /// <summary>Files left off the site, with the reason.</summary>
    public IReadOnlyList<ContentProblem> Problems { get; }

    /// <summary>Increases with every reload; lets caches tell one snapshot from the next.</summary>
    public long Version { get; }

    public ContentDocument? Home => Find("", "");

    /// <summary>Looks a page up by its URL parts. Unknown or odd values simply find nothing.</summary>
    public ContentDocument? Find(string? section, string? slug) =>
        _byUrl.GetValueOrDefault(ContentPaths.UrlFor(section ?? "", slug ?? ""));

    /// <summary>The overview page of every section, in reading order.</summary>
    public IEnumerable<ContentDocument> SectionOverviews() =>
        Documents.Where(d => d.IsSectionOverview && !d.Meta.IsSitePage).OrderBy(d => d.Meta.Order).ThenBy(d => d.Title, StringComparer.Ordinal);

    /// <summary>The pages of a section other than its overview, in reading order.</summary>
    public IEnumerable<ContentDocument> PagesOf(string section) =>
        Documents.Where(d => d.Section == section && d.Slug.Length > 0);

    /// <summary>A section in reading order: its overview, then its pages.</summary>
    public IReadOnlyList<ContentDocument> ReadingOrder(string section) =>
        Find(section, null) is { } overview ? [overview, .. PagesOf(section)] : PagesOf(section).ToList();

    /// <summary>The models of a section, compared side by side on its overview.</summary>
    public IReadOnlyList<ContentDocument> ModelsOf(string section) =>
        PagesOf(section).Where(d => d.Meta.IsModel).ToList();
}
