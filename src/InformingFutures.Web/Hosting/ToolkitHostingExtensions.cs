using System.Text.Encodings.Web;
using System.Text.Unicode;
using InformingFutures.Web.Site;
using InformingFutures.Web.Attribution;
using InformingFutures.Web.Hosting.FinishedPages;
using InformingFutures.Web.Hosting.LivePreview;
using InformingFutures.Web.Hosting.OfflineCopy;
using InformingFutures.Web.Search;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.WebEncoders;

namespace InformingFutures.Web.Hosting;

public static class ToolkitHostingExtensions
{
    /// <summary>Every service of the site, for the site itself, its commands and the tests alike.</summary>
    public static WebApplicationBuilder AddToolkit(this WebApplicationBuilder builder)
    {
        builder.AddToolkitLogging();
        builder.Services.AddToolkitAttribution(builder.Configuration);
        builder.Services.AddToolkitSite(builder.Configuration);
        builder.Services.AddToolkitWeb();
        return builder;
    }

    public static IServiceCollection AddToolkitWeb(this IServiceCollection services)
    {
        services.AddFinishedPages();
        services.FilterHostsInsideThePipeline();
        services.AddRazorPages(options => options.Conventions
            .AddPageRoute("/Present", "/{section}/{slug}/present")
            .AddPageRoute("/Presenter", "/{section}/{slug}/present/presenter")
            .AddPageRoute("/SlideHandout", "/{section}/{slug}/present/{view:regex(^(handout|notes)$)}"));
        services.DropDataProtectionWarmUp();
        services.AddRouting(options => options.LowercaseUrls = true);
        // Pages are UTF-8, so "©" and curly quotes can go out as themselves rather than as character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    /// <summary>
    /// ASP.NET applies <c>AllowedHosts</c> before any of the app's middleware, so a refused host got a bare HTML 400
    /// with no security headers and no attribution. The pipeline runs the same filter inside them instead.
    /// </summary>
    private static void FilterHostsInsideThePipeline(this IServiceCollection services)
    {
        var outermost = services.Where(d => d.ServiceType == typeof(IStartupFilter) && d.ImplementationType?.Name == "HostFilteringStartupFilter").ToList();
        outermost.ForEach(d => services.Remove(d));
        services.PostConfigure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o => o.IncludeFailureMessage = false); // the status page says it
    }

    /// <summary>
    /// Razor Pages bring data protection (for antiforgery), whose hosted service creates and loads a key ring as the
    /// site starts. No page protects anything: no form posts, no cookies. Without the warm-up the key ring is never
    /// made, which saves start-up time and the XML and cryptography libraries' memory.
    /// </summary>
    private static void DropDataProtectionWarmUp(this IServiceCollection services)
    {
        var warmUp = services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService").ToList();
        warmUp.ForEach(d => services.Remove(d));
    }

    public static WebApplication UseToolkitPipeline(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<UnparsableHostAsLocalhost>();
        app.UseMiddleware<RequestLog>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}");
        // AllowedHosts, checked here so a refused host gets the 400 page with headers and attribution. Rendering that
        // page re-executes the pipeline for the same host, which must not be refused again.
        app.UseWhen(context => context.Features.Get<IStatusCodeReExecuteFeature>() is null, branch => branch.UseHostFiltering());
        app.UseMiddleware<ReadOnlyMethods>();
        app.UseMiddleware<RejectEncodedPathTricks>();
        app.UseMiddleware<TrailingSlashRedirect>();
        app.UseFinishedPages();
        app.UseRouting();
        // No page needs signing in. Placed here, after the finished pages, because ASP.NET would otherwise add both
        // at the start of the pipeline (their services come with Razor Pages), costing every request a scope.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseResponseCompression();
        return app;
    }

    public static WebApplication MapToolkit(this WebApplication app)
    {
        // From here the content loads on another thread while the endpoints below are mapped and Kestrel starts.
        app.Services.GetRequiredService<ContentAtStart>().Begin();
        app.Services.WarnIfNoPublicAddress();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapPrintAttributionStylesheet();
        app.MapSitemap();
        app.MapUpdatesFeed();
        app.MapMethods(SearchIndexScript.Path, [HttpMethods.Get, HttpMethods.Head], (CurrentSite site) =>
            Results.Text(site.Snapshot.SearchIndexScript, "text/javascript; charset=utf-8"));
        app.MapLivePreview();
        app.MapServiceWorker();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealthAsText });
        return app;
    }

    private static Task WriteHealthAsText(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries.Select(e => $"{e.Key}: {e.Value.Status} - {e.Value.Description}");
        return context.Response.WriteAsync($"{report.Status}\n{string.Join('\n', lines)}\n");
    }
}
