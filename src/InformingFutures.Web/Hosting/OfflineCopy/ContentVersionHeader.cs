using InformingFutures.Web.Site;

namespace InformingFutures.Web.Hosting.OfflineCopy;

/// <summary>
/// Marks every page with the fingerprint of the content it was rendered from (<see cref="ServiceWorker.VersionHeader"/>),
/// so the offline copy can refuse to store pages from two versions side by side.
/// </summary>
public sealed class ContentVersionHeader(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            // On a 304 too: the browser then files its unchanged copy under the new version, as it should.
            if (context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified
                && context.RequestServices.GetRequiredService<CurrentSite>().Snapshot is var snapshot
                && snapshot.Routes.Find(context.Request.Path) is { IsHtmlPage: true })
            {
                context.Response.Headers[ServiceWorker.VersionHeader] = snapshot.ContentFingerprint;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
