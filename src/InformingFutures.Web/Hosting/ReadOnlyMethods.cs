namespace InformingFutures.Web.Hosting;

/// <summary>
/// The site only reads: GET and HEAD. Any other method (POST, PUT, TRACE, made-up ones) gets 405 with an
/// <c>Allow</c> header, rendered as the status page so the layout and attribution still apply.
/// </summary>
public sealed class ReadOnlyMethods(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) ? next(context) : RenderRefusalAsync(context);

    private async Task RenderRefusalAsync(HttpContext context)
    {

        // Render the 405 page as a GET (the page handlers, and antiforgery, only know GET), then put the request back
        // as it came, so its log line shows what was attempted: "HTTP POST /admin/login responded 405".
        var (method, path, query) = (context.Request.Method, context.Request.Path, context.Request.QueryString);
        context.Response.Headers.Allow = "GET, HEAD";
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = "/status/405";
        context.Request.QueryString = QueryString.Empty;
        context.Items[StatusPages.Rendering] = true;
        try
        {
            await next(context);
        }
        finally
        {
            (context.Request.Method, context.Request.Path, context.Request.QueryString) = (method, path, query);
        }
    }
}
