using InformingFutures.Web.Layout;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InformingFutures.Web.Pages;

/// <summary>Funding, terms of use, the copyright notice and contact details (<c>/about</c>).</summary>
public sealed class AboutModel : PageModel, IHasPageHead
{
    public const string Title = "About this toolkit";

    public PageHead Head { get; } = new(Title, "Terms of use, copyright notice, funding and contact details for the Informing Futures toolkit.");

    public void OnGet()
    {
    }
}
