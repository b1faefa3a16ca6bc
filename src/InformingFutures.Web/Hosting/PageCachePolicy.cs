using System.Globalization;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Primitives;

namespace InformingFutures.Web.Hosting;

/// <summary>
/// What the output cache keeps, and under which key. Only the site's own HTML pages are kept: static files have
/// their own validators, and status and error pages are per request. A key holds only what changes a page's bytes:
/// the path, the snapshot version, the day (citations say when a page was read), the encoding the response will go
/// out in, and for search the <c>q</c> parameter. Other query keys, the raw Accept-Encoding value and the Host header
/// cannot mint new entries, so a flood of made-up addresses cannot push the pages out.
/// </summary>
internal sealed class PageCachePolicy : IOutputCachePolicy
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>The route of a page the cache and the representation ETags handle, or null for anything else.</summary>
    public static SiteRoute? CacheablePage(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? context.RequestServices.GetRequiredService<CurrentSite>().Snapshot.Routes.Find(context.Request.Path) is { IsHtmlPage: true } route ? route : null
            : null;

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (CacheablePage(http) is not { } route)
        {
            context.EnableOutputCaching = false;
            return ValueTask.CompletedTask;
        }

        var services = http.RequestServices;
        var rules = context.CacheVaryByRules;
        rules.VaryByHost = false; // pages never print the request's host
        rules.HeaderNames = StringValues.Empty;
        rules.QueryKeys = route.Kind == RouteKind.Search ? "q" : StringValues.Empty;
        rules.VaryByValues["site"] = SnapshotAndDay(services);
        // One entry per encoding actually sent (compression runs inside the cache, dotnet/aspnetcore#45998).
        rules.VaryByValues["encoding"] = services.GetRequiredService<IResponseCompressionProvider>().GetCompressionProvider(http)?.EncodingName ?? "identity";
        context.Tags.Add(PageCacheStore.ContentTag);
        if (route.Kind == RouteKind.Search)
        {
            context.Tags.Add(PageCacheStore.SearchTag);
        }

        context.ResponseExpirationTimeSpan = Lifetime;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    private static string SnapshotAndDay(IServiceProvider services)
    {
        var version = services.GetRequiredService<CurrentSite>().Snapshot.Version;
        var today = services.GetRequiredService<TimeProvider>().GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return $"{version.ToString(CultureInfo.InvariantCulture)}-{today}";
    }
}
