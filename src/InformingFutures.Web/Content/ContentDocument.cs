namespace InformingFutures.Web.Content;

/// <summary>One rendered content file, addressed by its section and slug.</summary>
/// <param name="Section">Folder name, empty for the toolkit home page.</param>
/// <param name="Slug">File name without <c>.md</c>, empty for a section's <c>index.md</c>.</param>
/// <param name="SourcePath">Path relative to the content root, for messages to editors.</param>
/// <param name="PlainText">The body without markup (front matter and speaker notes excluded), for search; a form feed between its sections.</param>
/// <param name="Notes">Speaker notes, for the presenter view and notes pages only.</param>
public sealed record ContentDocument(
    string Section,
    string Slug,
    string SourcePath,
    FrontMatter Meta,
    string Html,
    IReadOnlyList<DocumentSection> Sections,
    string PlainText,
    IReadOnlyList<SpeakerNote>? Notes = null)
{
    /// <summary>Speaker notes, for the presenter view and notes pages only.</summary>
    public IReadOnlyList<SpeakerNote> SpeakerNotes => Notes ?? [];

    public string Title => Meta.Title ?? "";

    public string Summary => Meta.Summary ?? "";

    public bool IsHome => Section.Length == 0;

    public bool IsSectionOverview => Section.Length > 0 && Slug.Length == 0;

    /// <summary>Site-relative URL, the key of the content index.</summary>
    public string Url => ContentPaths.UrlFor(Section, Slug);

    /// <summary>The rendered section under a level-2 heading whose id is <paramref name="id"/>, if any.</summary>
    public DocumentSection? FindSection(string id) =>
        Sections.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The speaker notes written in one level-2 section (empty id: before the first), joined.</summary>
    public string? NotesFor(string sectionId) => Join(SpeakerNotes.Where(n => n.SectionId == sectionId));

    /// <summary>All the page's speaker notes, joined.</summary>
    public string? AllNotes => Join(SpeakerNotes);

    private static string? Join(IEnumerable<SpeakerNote> notes) =>
        string.Join('\n', notes.Select(n => n.Html)) is { Length: > 0 } html ? html : null;
}

/// <summary>The content under one level-2 heading (the heading itself excluded).</summary>
/// <param name="PageHtml">The whole page's HTML, of which this section is a part: kept once, not copied per section.</param>
/// <param name="Start">Where the section's HTML starts in <paramref name="PageHtml"/>.</param>
/// <param name="Length">How long the section's HTML is.</param>
public sealed record DocumentSection(string Id, string Heading, string PageHtml, int Start, int Length)
{
    public string Html => PageHtml.Substring(Start, Length);
}
