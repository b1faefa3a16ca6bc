using System.Globalization;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.OutputCaching;

namespace InformingFutures.Web.Hosting;

/// <summary>
/// Pages change only when content does, so they are served from the output cache. The cache key holds the
/// snapshot version the request captured: after a reload no request can be answered from an older snapshot,
/// even one stored by a request that was still rendering during the swap. Old entries are evicted after the swap
/// to free memory. Each page carries its snapshot's ETag, so a browser revalidating gets 304 Not Modified.
/// </summary>
public static class PageCaching
{
    public const string ContentTag = "content";

    public static IServiceCollection AddToolkitPageCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.UseCaseSensitivePaths = true; // addresses are lower-case; /TEAM is not /team, and must stay a 404
            options.SizeLimit = 32 * 1024 * 1024; // every page of the toolkit in every encoding fits many times over

            // One entry per encoding: compression runs inside the cache, so each client gets a body it can read
            // (dotnet/aspnetcore#45998). Pages never print the request's host, so it is not part of the key; the
            // date is, because citations say when the page was read.
            options.AddBasePolicy(policy => policy
                .Expire(TimeSpan.FromHours(1))
                .SetVaryByHost(false)
                .SetVaryByHeader("Accept-Encoding")
                .VaryByValue(SnapshotAndDay)
                .Tag(ContentTag));
        });
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true; // no secrets or user input in pages, so BREACH-style attacks have nothing to find
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "text/css", "text/plain", "application/xml", "application/javascript", "text/javascript"];
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddHostedService<EvictPagesOnContentChange>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add<ContentETagFilter>());
        return services;
    }

    private static KeyValuePair<string, string> SnapshotAndDay(HttpContext context)
    {
        var version = context.RequestServices.GetRequiredService<CurrentSite>().Snapshot.Version;
        var today = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return new("site", $"{version.ToString(CultureInfo.InvariantCulture)}-{today}");
    }

    /// <summary>Frees the cache of pages from older snapshots once a new one is in place, without blocking the reload.</summary>
    private sealed class EvictPagesOnContentChange(SiteIndex site, IOutputCacheStore cache, ILogger<EvictPagesOnContentChange> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            site.Reloaded += StartEviction;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            site.Reloaded -= StartEviction;
            return Task.CompletedTask;
        }

        private void StartEviction(SiteSnapshot snapshot) => _ = EvictAsync(snapshot.Version);

        private async Task EvictAsync(long version)
        {
            try
            {
                await cache.EvictByTagAsync(ContentTag, CancellationToken.None);
                logger.LogInformation("Page cache emptied for content version {ContentVersion}", version);
            }
            catch (Exception e)
            {
                // Stale entries are unreachable anyway (the key holds the version); they just wait to expire.
                logger.LogWarning(e, "Page cache could not be emptied for content version {ContentVersion}", version);
            }
        }
    }

    /// <summary>Stamps every page with its ETag and asks browsers to revalidate, which costs a 304 when nothing changed.</summary>
    private sealed class ContentETagFilter(CurrentSite site, TimeProvider clock) : IResultFilter
    {
        public void OnResultExecuting(ResultExecutingContext context)
        {
            var headers = context.HttpContext.Response.Headers;
            if (site.Snapshot.ETagFor(context.HttpContext.Request.Path) is { } etag)
            {
                // The day is in the tag because citations carry the date the page was read.
                headers.ETag = etag.Insert(etag.Length - 1, clock.GetUtcNow().ToString("-yyyyMMdd", CultureInfo.InvariantCulture));
            }

            headers.CacheControl = "no-cache";
            if (!headers.Vary.Contains("Accept-Encoding"))
            {
                headers.Append("Vary", "Accept-Encoding"); // also on uncompressed answers, for caches between us and the reader
            }
        }

        public void OnResultExecuted(ResultExecutedContext context)
        {
        }
    }
}
