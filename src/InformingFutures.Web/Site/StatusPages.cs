using Microsoft.AspNetCore.Diagnostics;

namespace InformingFutures.Web.Site;

/// <summary>
/// The status and error pages render answers to other requests. Asked for directly ("GET /status/500"), they are
/// not found: anyone could otherwise raise a false alarm in the log or read another visitor's request id.
/// </summary>
public static class StatusPages
{
    public static bool IsRenderingFor(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null
        || context.Features.Get<IExceptionHandlerPathFeature>() is not null;
}
