using InformingFutures.Web.Site;
using Microsoft.AspNetCore.OutputCaching;

namespace InformingFutures.Web.Hosting;

/// <summary>
/// Pages change only when content does, so they are served from the output cache (<see cref="PageCachePolicy"/>
/// says what is kept and under which key, <see cref="PageCacheStore"/> where). The key holds the snapshot version the
/// request captured: after a reload no request can be answered from an older snapshot, even one stored by a request
/// that was still rendering during the swap. Old entries are evicted after the swap to free memory.
/// </summary>
public static class PageCaching
{
    public static IServiceCollection AddToolkitPageCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.UseCaseSensitivePaths = true; // addresses are lower-case; /TEAM is not /team, and must stay a 404
            options.AddBasePolicy(policy => policy.AddPolicy<PageCachePolicy>());
        });
        services.AddSingleton<PageCacheStore>();
        services.AddSingleton<IOutputCacheStore>(sp => sp.GetRequiredService<PageCacheStore>());
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true; // no secrets or user input in pages, so BREACH-style attacks have nothing to find
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "text/css", "text/plain", "application/xml", "application/atom+xml", "application/javascript", "text/javascript"];
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddHostedService<EvictPagesOnContentChange>();
        return services;
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
                await cache.EvictByTagAsync(PageCacheStore.ContentTag, CancellationToken.None);
                logger.LogInformation("Page cache emptied for content version {ContentVersion}", version);
            }
            catch (Exception e)
            {
                // Stale entries are unreachable anyway (the key holds the version); they just wait to expire.
                logger.LogWarning(e, "Page cache could not be emptied for content version {ContentVersion}", version);
            }
        }
    }
}
