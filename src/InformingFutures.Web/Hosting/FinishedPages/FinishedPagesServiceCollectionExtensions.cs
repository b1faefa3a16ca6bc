using Microsoft.AspNetCore.ResponseCompression;

namespace InformingFutures.Web.Hosting.FinishedPages;

public static class FinishedPagesServiceCollectionExtensions
{
    /// <summary>The store of finished pages, and the compression that gives each its encodings.</summary>
    public static IServiceCollection AddFinishedPages(this IServiceCollection services)
    {
        services.AddSingleton<FinishedPageStore>();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true; // no secrets or user input in pages, so BREACH-style attacks have nothing to find
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "text/css", "text/plain", "application/xml", "application/atom+xml", "application/javascript", "text/javascript"];
        });
        // Each page is compressed once per content version, so the smallest output is worth its time.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Answers pages from the store before routing; everything else goes on down the pipeline.</summary>
    public static IApplicationBuilder UseFinishedPages(this IApplicationBuilder app) => app.UseMiddleware<FinishedPageResponses>();
}
