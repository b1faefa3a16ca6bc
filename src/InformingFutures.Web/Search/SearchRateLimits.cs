using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Search;

/// <summary>
/// How many searches one client may make (<c>Search:RateLimit</c>). Every search renders a page of its own, so a
/// flood of made-up queries would otherwise keep the cores busy; past the limit a client gets the 429 page, which is
/// rendered once and kept, with <c>Retry-After</c>. Behind a proxy, turn on forwarded headers
/// (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>) so that the client is the reader, not the proxy.
/// </summary>
public sealed class SearchRateLimitOptions
{
    public const string SectionName = "Search:RateLimit";

    /// <summary>Searches a client may make at once before it has to wait, enough for a reader refining a query.</summary>
    [Range(1, 100_000, ErrorMessage = "Search:RateLimit:{0} must be a whole number from {1} to {2}.")]
    public int Burst { get; set; } = 30;

    /// <summary>Searches per second a client may make once its burst is spent.</summary>
    [Range(1, 100_000, ErrorMessage = "Search:RateLimit:{0} must be a whole number from {1} to {2}.")]
    public int PerSecond { get; set; } = 10;
}

public static class SearchRateLimits
{
    public const string PolicyName = "search";

    /// <summary>The framework's rate limiter, with a token bucket per client address for searches that have a query.</summary>
    public static IServiceCollection AddSearchRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchRateLimitOptions>().Bind(configuration.GetSection(SearchRateLimitOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejected, _) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
        });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SearchRateLimitOptions>>((options, limits) =>
            options.AddPolicy(PolicyName, context => string.IsNullOrEmpty(context.Request.Query["q"])
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "", _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.Value.Burst,
                    TokensPerPeriod = limits.Value.PerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })));
        return services;
    }
}
