using InformingFutures.Web.Content;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InformingFutures.Web.Site;

/// <summary>
/// Healthy with the document count; Degraded, naming the files, when any content file was left out or the last
/// reload failed (the previous content is still served, so the site stays ready). Its data gives the figures and
/// <c>problems</c>, the lines <c>check</c> prints for the same folder (paths relative to the content folder).
/// </summary>
public sealed class ContentHealthCheck(LiveSnapshot index) : IHealthCheck
{
    /// <summary>The tag of the checks that decide whether the site is ready for readers.</summary>
    public const string ReadinessTag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = index.Current;
        var errors = snapshot.Content.Problems.Where(p => p.IsError).ToList();
        var failure = index.LastReloadFailure is { } reason ? LogText.Escape(reason) : null;
        var data = new Dictionary<string, object>
        {
            ["documents"] = snapshot.Content.Documents.Count,
            ["filesWithErrors"] = errors.Select(p => p.Path).Distinct().Count(),
            ["contentVersion"] = snapshot.ContentFingerprint,
            ["lastReload"] = failure is null ? "succeeded" : "failed",
            ["problems"] = ProblemLines(snapshot),
        };
        var loaded = $"{snapshot.Content.Documents.Count} documents loaded";
        if (snapshot.Content.Documents.Count == 0)
        {
            // An empty site is never ready: a reader would get a home page of nothing.
            return Task.FromResult(HealthCheckResult.Unhealthy($"no content is loaded{(failure is null ? "" : ": " + failure)}", data: data));
        }

        if (failure is not null)
        {
            return Task.FromResult(HealthCheckResult.Degraded($"{loaded}; the last content reload failed and the previous content is still served: {failure}", data: data));
        }

        if (snapshot.PartFailures.Count > 0)
        {
            return Task.FromResult(HealthCheckResult.Degraded($"{loaded}; {string.Join("; ", snapshot.PartFailures.Select(LogText.Escape))}", data: data));
        }

        return Task.FromResult(errors.Count == 0
            ? HealthCheckResult.Healthy(loaded, data)
            : HealthCheckResult.Degraded($"{loaded}; {data["filesWithErrors"]} content files with errors", data: data));
    }

    /// <summary>In <c>check</c>'s order and words, so a person can compare the two line for line.</summary>
    public static IReadOnlyList<string> ProblemLines(SiteSnapshot snapshot) =>
    [
        .. snapshot.Content.Problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).Select(p => p.ToString()),
        .. snapshot.PartFailures.Select(f => "error: " + LogText.Escape(f)),
    ];
}
