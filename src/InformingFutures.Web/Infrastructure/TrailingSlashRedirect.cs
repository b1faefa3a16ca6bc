using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Diagnostics;

namespace InformingFutures.Web.Infrastructure;

/// <summary>
/// Sends <c>/reflective-practice/</c> to <c>/reflective-practice</c> with a permanent redirect, so each page has one
/// address: one copy in the cache, one entry in a reader's history, one URL to cite. Only addresses in the route
/// table are redirect targets, and the Location is a path on this site: "//elsewhere.example/" is never turned into
/// a link to another host, and the query is re-encoded from its parsed parts.
/// </summary>
public sealed class TrailingSlashRedirect(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path.Length > 1 && path.EndsWith('/') && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            var canonical = path.TrimEnd('/');
            if (canonical.Length > 0 && !canonical.StartsWith("//", StringComparison.Ordinal) && CurrentSite.Of(context, context.RequestServices.GetRequiredService<LiveSnapshot>()).Snapshot.Routes.Find(canonical) is not null)
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                // The query from its parsed parts, re-encoded: a raw query may hold bytes a header cannot (DEL).
                context.Response.Headers.Location = canonical + QueryString.Create(context.Request.Query);
                return Task.CompletedTask;
            }
        }

        return next(context);
    }
}
