using System.Text.Json;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InformingFutures.Web.Infrastructure;

/// <summary>
/// Liveness (<c>/healthz/live</c>: the process answers) and readiness (<c>/healthz/ready</c>: the content is
/// loaded, with the last reload's state), as JSON, and <c>/healthz</c>, the same report as plain text for a person.
/// A Kubernetes probe names the pod's IP as its host, so the probes are answered by the framework's health check
/// middleware before ASP.NET's host filtering: with <c>AllowedHosts</c> set the pod still becomes ready.
/// </summary>
public static class HealthProbes
{
    public static bool IsHealthPath(PathString path) =>
        path.Equals(RouteTable.HealthPath) || path.Equals(RouteTable.LivenessPath) || path.Equals(RouteTable.ReadinessPath);

    /// <summary>Registered before the framework's own startup filters, so its middleware runs first.</summary>
    public static IServiceCollection AnswerHealthProbesBeforeHostFiltering(this IServiceCollection services)
    {
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, OutermostMiddleware>());
        return services;
    }

    private sealed class OutermostMiddleware : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            // Outermost, so every answer (a refused host's 400 included) carries the headers and has its log line.
            app.UseMiddleware<SecurityHeaders>();
            app.UseToolkitRequestLogging();
            app.UseHealthChecks(RouteTable.LivenessPath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJsonAsync });
            app.UseHealthChecks(RouteTable.ReadinessPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ContentHealthCheck.ReadinessTag), ResponseWriter = WriteJsonAsync });
            next(app);
        };
    }

    public static Task WriteTextAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        // One problem per line, indented under its check, so a person can read a long list.
        var lines = report.Entries.Select(e => $"{e.Key}: {e.Value.Status} - {e.Value.Description}" + string.Concat(
            (e.Value.Data.GetValueOrDefault("problems") as IEnumerable<string> ?? []).Select(p => "\n  " + p)));
        return context.Response.WriteAsync($"{report.Status}\n{string.Join('\n', lines)}\n");
    }

    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var json = new
        {
            status = report.Status.ToString(),
            totalDurationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            entries = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(json));
    }
}
