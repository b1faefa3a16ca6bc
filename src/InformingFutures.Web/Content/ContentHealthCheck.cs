using InformingFutures.Web.Site;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InformingFutures.Web.Content;

/// <summary>Healthy with the document count; Degraded, naming the files, when any content file was left out.</summary>
public sealed class ContentHealthCheck(SiteIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = index.Current.Content;
        var loaded = $"{snapshot.Documents.Count} documents loaded";
        if (index.LastReloadFailure is { } failure)
        {
            return Task.FromResult(HealthCheckResult.Degraded($"{loaded}; the last content reload failed and the previous content is still served: {failure}"));
        }

        var errors = snapshot.Problems.Where(p => p.IsError).ToList();
        if (errors.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Healthy(loaded));
        }

        var files = string.Join("; ", errors.Select(p => p.ToString()));
        return Task.FromResult(HealthCheckResult.Degraded($"{loaded}; content files with problems: {files}"));
    }
}
