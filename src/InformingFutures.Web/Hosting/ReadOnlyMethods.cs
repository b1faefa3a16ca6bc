namespace InformingFutures.Web.Hosting;

/// <summary>
/// The site only reads: GET and HEAD. Any other method (POST, PUT, TRACE, made-up ones) gets 405 with an
/// <c>Allow</c> header, rendered as the status page so the layout and attribution still apply.
/// </summary>
public sealed class ReadOnlyMethods(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }

        // Render the 405 page as a GET: the page handlers, and antiforgery, only know GET.
        context.Response.Headers.Allow = "GET, HEAD";
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = "/status/405";
        context.Request.QueryString = QueryString.Empty;
        return next(context);
    }
}
