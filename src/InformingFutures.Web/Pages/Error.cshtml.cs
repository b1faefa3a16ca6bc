using InformingFutures.Web.Layout;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InformingFutures.Web.Pages;

/// <summary>Shown by the exception handler outside Development: no stack trace, a request id to quote.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel, IHasPageHead
{
    public PageHead Head { get; } = new("Something went wrong");

    /// <summary>The same id as in the request's log line, so a reader's report can be matched to the log.</summary>
    public string RequestId => HttpContext.TraceIdentifier;

    public IActionResult OnGet() => StatusPages.IsRenderingFor(HttpContext) ? Page() : NotFound();
}
