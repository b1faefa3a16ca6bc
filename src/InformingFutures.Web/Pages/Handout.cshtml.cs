using InformingFutures.Web.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InformingFutures.Web.Pages;

/// <summary>A whole section as one printable handout (<c>/{section}/handout</c>).</summary>
public sealed class HandoutModel(ContentIndex content) : PageModel
{
    private ContentSnapshot _snapshot = ContentSnapshot.Empty;

    public ContentDocument Overview { get; private set; } = null!;

    public IActionResult OnGet(string section)
    {
        _snapshot = content.Current;
        return (Overview = _snapshot.Find(section, null)!) is null ? NotFound() : Page();
    }

    public IReadOnlyList<ContentDocument> Models => _snapshot.ModelsOf(Overview.Section);

    /// <summary>Pages that are not models: the comparison table already holds every model's text.</summary>
    public IReadOnlyList<ContentDocument> OtherPages => _snapshot.PagesOf(Overview.Section).Where(p => !p.Meta.IsModel).ToList();
}
