using InformingFutures.Web.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InformingFutures.Web.Pages;

/// <summary>A section overview (<c>/{section}</c>) or one of its pages (<c>/{section}/{slug}</c>).</summary>
public sealed class ContentModel(ContentIndex content) : PageModel
{
    private ContentSnapshot _snapshot = ContentSnapshot.Empty;

    public ContentDocument Document { get; private set; } = null!;

    public IActionResult OnGet(string section, string? slug)
    {
        _snapshot = content.Current;
        return (Document = _snapshot.Find(section, slug)!) is null ? NotFound() : Page();
    }

    public ContentDocument? Overview => _snapshot.Find(Document.Section, null);

    public IReadOnlyList<ContentDocument> Pages => _snapshot.PagesOf(Document.Section).ToList();

    public IReadOnlyList<ContentDocument> Models => _snapshot.ModelsOf(Document.Section);

    public IReadOnlyList<ContentDocument> ReadingOrder => _snapshot.ReadingOrder(Document.Section);

    public string AbsoluteUrl => $"{Request.Scheme}://{Request.Host}{Document.Url}";

    public IReadOnlyList<(string Title, string? Url)> Breadcrumbs =>
        Document.IsSectionOverview
            ? [("Home", "/"), (Document.Title, null)]
            : [("Home", "/"), (Overview?.Title ?? Document.Section, Overview?.Url), (Document.Title, null)];
}
