using Microsoft.AspNetCore.Diagnostics;

namespace InformingFutures.Web.Hosting;

/// <summary>
/// The status and error pages render answers to other requests. Asked for directly ("GET /status/500"), they are
/// not found: anyone could otherwise raise a false alarm in the log or read another visitor's request id.
/// </summary>
public static class StatusPages
{
    /// <summary>Set in <see cref="HttpContext.Items"/> by middleware that renders a status page for a request itself.</summary>
    public const string Rendering = "StatusPages.Rendering";

    public static bool IsRenderingFor(HttpContext context) =>
        context.Items.ContainsKey(Rendering)
        || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
        || context.Features.Get<IExceptionHandlerPathFeature>() is not null;
}
