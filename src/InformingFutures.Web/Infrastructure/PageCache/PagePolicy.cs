using System.Globalization;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace InformingFutures.Web.Infrastructure.PageCache;

/// <summary>
/// Which answers the output cache keeps, and under what key. A page is kept under its address in the route table and
/// nothing else the request holds: not its query, form body, host or other headers, only the encoding it is sent in,
/// the content version and the day (a recorded review falls due on a day). Unknown addresses all share the one "page not found"
/// answer; every search shares the one search page, which answers in the browser.
/// </summary>
internal sealed class PagePolicy(LiveSnapshot site, IResponseCompressionProvider compression, TimeProvider clock) : IOutputCachePolicy
{
    /// <summary>Every kept answer carries this tag, so a content reload can drop them all at once.</summary>
    public const string Tag = "pages";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var current = CurrentSite.Of(http, site);
        var snapshot = current.Snapshot;
        if (!(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) || !IsOneAnswerForAll(http, current))
        {
            return ValueTask.CompletedTask;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true; // a burst for a page not yet kept renders it once
        var vary = context.CacheVaryByRules;
        vary.VaryByHost = false;
        // A share card is a PNG, never compressed and the same every day: drawn once per page and content version.
        var isCard = snapshot.Routes.Find(http.Request.Path)?.Kind == RouteKind.ShareCard;
        vary.VaryByValues["encoding"] = isCard ? "identity" : compression.GetCompressionProvider(http)?.EncodingName ?? "identity";
        vary.VaryByValues["content"] = snapshot.Version.ToString(CultureInfo.InvariantCulture);
        vary.VaryByValues["day"] = isCard ? "any" : (clock.GetUtcNow().UtcTicks / TimeSpan.TicksPerDay).ToString(CultureInfo.InvariantCulture);
        context.ResponseExpirationTimeSpan = TimeSpan.FromDays(1);
        context.Tags.Add(Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Only the answer expected for the key is kept: not an error, a redirect or anything setting a cookie.</summary>
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var expected = http.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? StatusCodes.Status200OK;
        if (http.Response.StatusCode != expected || http.Response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsOneAnswerForAll(HttpContext http, CurrentSite current)
    {
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted)
        {
            // The status page rendered for another address: the same page, whatever that address was.
            return reExecuted.OriginalStatusCode is StatusCodes.Status404NotFound;
        }

        // Pages, and the share cards, which are drawn once and then kept like pages.
        return current.RouteOf(http.Request.Path) is { } route && (route.IsHtmlPage || route.Kind == RouteKind.ShareCard);
    }
}
