namespace InformingFutures.Web.Hosting;

/// <summary>
/// Gives a request whose Host header is no host at all ("a..b", "a:99999", none in HTTP/1.0) the host
/// <c>localhost</c>. The site never writes the host anywhere (addresses come from <c>Site:PublicUrl</c>), but ASP.NET's
/// component renderer builds a URI from it, and an unparsable one made every page a 500 with a stack trace in the log.
/// </summary>
public sealed class UnparsableHostAsLocalhost(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!Uri.TryCreate($"http://{context.Request.Host.Value}/", UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            context.Request.Host = new HostString("localhost");
        }

        return next(context);
    }
}
