using InformingFutures.Web.Layout;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InformingFutures.Web.Pages;

/// <summary>
/// Error status pages (404 and friends), rendered through the layout so the attribution is kept. The status is the
/// one the request was answered with, never a value from the request; asked for directly, the page is not found.
/// </summary>
public sealed class StatusCodeModel : PageModel, IHasPageHead
{
    public PageHead Head => new(IsNotFound ? "Page not found" : Code switch
    {
        400 => "Request not understood",
        405 => "Only reading is allowed",
        _ => "Something went wrong",
    });

    /// <summary>The status being explained. A page answering a POST or PUT runs no handler, so it is read here.</summary>
    public int Code => StatusPages.IsRenderingFor(HttpContext) ? Response.StatusCode : StatusCodes.Status404NotFound;

    public bool IsNotFound => Code == StatusCodes.Status404NotFound;

    /// <summary>The same id as in the request's log line, so a reader's report can be matched to the log.</summary>
    public string RequestId => HttpContext.TraceIdentifier;

    public IActionResult OnGet() => StatusPages.IsRenderingFor(HttpContext) ? Page() : NotFound();

    /// <summary>The 405 page for a refused OPTIONS, which Razor Pages would otherwise answer with an empty 200.</summary>
    public IActionResult OnOptions() => OnGet();
}
