using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using InformingFutures.Web.Content;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.OutputCaching;

namespace InformingFutures.Web.Hosting;

/// <summary>
/// Pages change only when content does, so they are served from the output cache and evicted, by tag, the moment
/// the content reloads. Each page carries an ETag made from the content and the build, so a browser revalidating
/// gets 304 Not Modified.
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
            // (dotnet/aspnetcore#45998). The host is part of the key because pages print their own address.
            options.AddBasePolicy(policy => policy
                .Expire(TimeSpan.FromHours(1))
                .SetVaryByHost(true)
                .SetVaryByHeader("Accept-Encoding")
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
        services.AddSingleton<ContentETag>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add<ContentETagFilter>());
        return services;
    }

    /// <summary>Empties the page cache whenever the content index reloads, so no page is stale for more than the reload delay.</summary>
    private sealed class EvictPagesOnContentChange(ContentIndex content, IOutputCacheStore cache, ILogger<EvictPagesOnContentChange> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            content.Reloaded += Evict;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            content.Reloaded -= Evict;
            return Task.CompletedTask;
        }

        private void Evict(ContentSnapshot snapshot)
        {
            cache.EvictByTagAsync(ContentTag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            logger.LogInformation("Page cache emptied for content version {ContentVersion}", snapshot.Version);
        }
    }

    /// <summary>A strong validator for the whole site: the content's fingerprint plus the build's, so a new release changes it too.</summary>
    public sealed class ContentETag(ContentIndex content)
    {
        private static readonly string Build = Assembly.GetExecutingAssembly().ManifestModule.ModuleVersionId.ToString("N")[..8];
        private (long Version, string Tag) _cached = (-1, "");

        public string Current
        {
            get
            {
                var snapshot = content.Current;
                var cached = _cached;
                if (cached.Version == snapshot.Version)
                {
                    return cached.Tag;
                }

                var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', snapshot.Documents.Select(d => d.Url + "\n" + d.Meta + "\n" + d.Html))));
                var tag = $"\"{Build}-{Convert.ToHexStringLower(hash)[..16]}\"";
                _cached = (snapshot.Version, tag);
                return tag;
            }
        }
    }

    /// <summary>Stamps every page with the ETag and asks browsers to revalidate, which costs a 304 when nothing changed.</summary>
    private sealed class ContentETagFilter(ContentETag etag) : IResultFilter
    {
        public void OnResultExecuting(ResultExecutingContext context)
        {
            var headers = context.HttpContext.Response.Headers;
            headers.ETag = etag.Current;
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
