using InformingFutures.Web.Site;
using Microsoft.Net.Http.Headers;

namespace InformingFutures.Web.Infrastructure;

/// <summary>
/// <c>If-None-Match: *</c> asks "only if there is no current representation" (RFC 9110 13.1.2). An address the route
/// table does not hold has none, so the request is answered as if the header were absent (its 404 page), rather than
/// with the 304 the output cache would send for its kept 404 page.
/// </summary>
public sealed class UnknownAddressPreconditions(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers.IfNoneMatch.Any(v => v?.Trim() == "*")
            && CurrentSite.Of(context, context.RequestServices.GetRequiredService<LiveSnapshot>()).Snapshot.Routes.Find(context.Request.Path) is null)
        {
            context.Request.Headers.Remove(HeaderNames.IfNoneMatch);
        }

        return next(context);
    }
}
