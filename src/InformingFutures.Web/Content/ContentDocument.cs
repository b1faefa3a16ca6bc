namespace InformingFutures.Web.Content;

/// <summary>One rendered content file, addressed by its section and slug.</summary>
/// <param name="Section">Folder name, empty for the toolkit home page.</param>
/// <param name="Slug">File name without <c>.md</c>, empty for a section's <c>index.md</c>.</param>
/// <param name="SourcePath">Path relative to the content root, for messages to editors.</param>
/// <param name="PlainText">The body without markup (front matter excluded), for search.</param>
public sealed record ContentDocument(
    string Section,
    string Slug,
    string SourcePath,
    FrontMatter Meta,
    string Html,
    IReadOnlyList<DocumentSection> Sections,
    string PlainText)
{
    public string Title => Meta.Title ?? "";

    public string Summary => Meta.Summary ?? "";

    public bool IsHome => Section.Length == 0;

    public bool IsSectionOverview => Section.Length > 0 && Slug.Length == 0;

    /// <summary>Site-relative URL, the key of the content index.</summary>
    public string Url => ContentPaths.UrlFor(Section, Slug);

    /// <summary>The rendered section under a level-2 heading whose id is <paramref name="id"/>, if any.</summary>
    public DocumentSection? FindSection(string id) =>
        Sections.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));
}

/// <summary>The content under one level-2 heading (the heading itself excluded).</summary>
public sealed record DocumentSection(string Id, string Heading, string Html);
