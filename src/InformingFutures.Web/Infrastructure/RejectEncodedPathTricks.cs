using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace InformingFutures.Web.Infrastructure;

/// <summary>
/// Answers 404 for request paths that hide dots, slashes or backslashes behind percent-encoding
/// ("%2e%2e", "..%2f", "%5c", "%252e"). No page of this site has such a URL, and the server would otherwise
/// quietly normalise some of them into a different, existing page.
/// </summary>
public sealed class RejectEncodedPathTricks(RequestDelegate next)
{
    // %0a and %0d: no address holds a line break, and one in a logged path could forge a log line.
    private static readonly string[] Suspicious = ["%2e", "%2f", "%5c", "%25", "%00", "%0a", "%0d", "\\", "/../", "/./"];

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return next(context); // rendering the 404 page for this very request
        }

        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        var query = raw.IndexOf('?');
        var path = query < 0 ? raw.AsSpan() : raw.AsSpan(0, query);
        if (path.EndsWith("/..", StringComparison.Ordinal) || IsSuspicious(path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static bool IsSuspicious(ReadOnlySpan<char> path)
    {
        foreach (var trick in Suspicious)
        {
            if (path.Contains(trick, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
