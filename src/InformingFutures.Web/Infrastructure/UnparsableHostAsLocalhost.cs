namespace InformingFutures.Web.Infrastructure;

/// <summary>
/// Gives a request whose Host header is no host at all ("a..b", "a:99999", none in HTTP/1.0) the host
/// <c>localhost</c>. The site never writes the host anywhere (addresses come from <c>Site:PublicUrl</c>), but ASP.NET's
/// component renderer builds a URI from it, and an unparsable one made every page a 500 with a stack trace in the log.
/// </summary>
public sealed class UnparsableHostAsLocalhost(RequestDelegate next)
{
    // Nearly every request names the same host: the last one that parsed is not parsed again.
    private string? _lastGoodHost;

    public Task InvokeAsync(HttpContext context)
    {
        var host = context.Request.Host.Value;
        if (host is null || !string.Equals(host, Volatile.Read(ref _lastGoodHost), StringComparison.Ordinal))
        {
            if (Uri.TryCreate($"http://{host}/", UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            {
                Volatile.Write(ref _lastGoodHost, host);
            }
            else
            {
                context.Request.Host = new HostString("localhost");
            }
        }

        return next(context);
    }
}
