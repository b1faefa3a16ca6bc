using InformingFutures.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InformingFutures.Web.Pages;

/// <summary>Error status pages (404 and friends), rendered through the layout so the attribution is kept.</summary>
public sealed class StatusCodeModel : PageModel
{
    public int Code { get; private set; }

    public bool IsNotFound => Code == StatusCodes.Status404NotFound;

    /// <summary>The same id as in the request's log line, so a reader's report can be matched to the log.</summary>
    public string RequestId => HttpContext.TraceIdentifier;

    public void OnGet(int code) =>
        Response.StatusCode = Code = StatusPages.IsRenderingFor(HttpContext) && code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
}
