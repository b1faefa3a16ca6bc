using InformingFutures.Web.Site;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace InformingFutures.Web.Infrastructure.PageCache;

public static class PageCacheServiceCollectionExtensions
{
    /// <summary>Memory the kept pages may take: every page of a large toolkit in its three encodings.</summary>
    public const long SizeLimitBytes = 64 * 1024 * 1024;

    /// <summary>
    /// The framework's output cache holding pages in each encoding the response compression gives them, and the
    /// headers a page goes out with (<see cref="RepresentationHeaders"/>). See docs/decisions/0001-output-cache.md.
    /// </summary>
    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddSingleton<PagePolicy>();
        services.AddOutputCache(options =>
        {
            options.SizeLimit = SizeLimitBytes;
            options.UseCaseSensitivePaths = true; // the route table's addresses are exact
        });
        services.AddOptions<OutputCacheOptions>().Configure<PagePolicy>((options, policy) => options.AddBasePolicy(policy));
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true; // no secrets or user input in pages, so BREACH-style attacks have nothing to find
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "text/css", "text/plain", "application/xml", "application/atom+xml", "application/javascript", "text/javascript"];
        });
        // A kept page is compressed once for every reader, so the smallest output is worth its time.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Kept pages are dropped when the content changes, rather than waiting out their day.</summary>
    public static void EvictPagesOnReload(this IServiceProvider services)
    {
        var store = services.GetRequiredService<IOutputCacheStore>();
        services.GetRequiredService<LiveSnapshot>().Reloaded += snapshot => _ = store.EvictByTagAsync(PagePolicy.Tag, CancellationToken.None).AsTask();
    }
}
