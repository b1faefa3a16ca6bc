using System.Text.Encodings.Web;
using System.Text.Unicode;
using InformingFutures.Web.Attribution;
using InformingFutures.Web.Discovery;
using InformingFutures.Web.Editorial;
using InformingFutures.Web.Infrastructure;
using InformingFutures.Web.Infrastructure.PageCache;
using InformingFutures.Web.Offline;
using InformingFutures.Web.Pdf;
using InformingFutures.Web.Print;
using InformingFutures.Web.Search;
using InformingFutures.Web.Sharing;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;

namespace InformingFutures.Web;

public static class ToolkitHostingExtensions
{
    /// <summary>Every service of the site, for the site itself, its commands and the tests alike.</summary>
    public static WebApplicationBuilder AddToolkit(this WebApplicationBuilder builder)
    {
        builder.AddToolkitLogging();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false); // no need to name the server
        builder.Services.AddToolkitAttribution(builder.Configuration);
        builder.Services.AddSingleton<PrintedStamps>();
        builder.Services.AddToolkitSite(builder.Configuration);
        builder.Services.AddToolkitSearch();
        builder.Services.AddToolkitDiscovery();
        builder.Services.AddToolkitUpdatesFeed();
        builder.Services.AddToolkitPdfs(builder.Configuration);
        builder.Services.AddToolkitOfflineCopy();
        builder.Services.AddToolkitWeb();
        return builder;
    }

    public static IServiceCollection AddToolkitWeb(this IServiceCollection services)
    {
        services.AnswerHealthProbesBeforeHostFiltering();
        services.AddPageCache();
        services.PostConfigure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o => o.IncludeFailureMessage = false);
        services.AddRazorPages(options =>
            {
                // Pages are reached only through the route table (RouteTablePages), never by their file's path.
                options.Conventions.Add(new PagesOnlyThroughRouteTable());
                // No page takes a form: nothing is posted, so there is no token to check (a refused POST renders
                // the 405 page as the POST it was).
                options.Conventions.ConfigureFilter(new IgnoreAntiforgeryTokenAttribute());
                // Pages live in their feature's folder (Presentation/Present.cshtml, Search/Search.cshtml), beside the
                // C#, stylesheets and scripts of that feature.
                options.RootDirectory = "/";
            })
            .AddMvcOptions(options => options.Filters.Add<RepresentationHeaders>());
        // Static components need no Host header: ASP.NET's navigation manager would parse it and fail on a bad one.
        services.Replace(ServiceDescriptor.Scoped<Microsoft.AspNetCore.Components.NavigationManager, HostFreeNavigation>());
        // The shared layout and its partials, for pages of every folder.
        services.Configure<Microsoft.AspNetCore.Mvc.Razor.RazorViewEngineOptions>(o => o.PageViewLocationFormats.Add("/Layout/{0}" + Microsoft.AspNetCore.Mvc.Razor.RazorViewEngine.ViewExtension));
        services.AddRouting(options => options.LowercaseUrls = true);
        // Pages are UTF-8, so "©" and curly quotes can go out as themselves rather than as character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    /// <summary>
    /// The pipeline inside ASP.NET's host filtering (the security headers, request log and health probes come before
    /// it: <see cref="HealthProbes"/>).
    /// </summary>
    public static WebApplication UseToolkitPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(RouteTable.ErrorPath);
        }

        app.UseStatusCodePagesWithReExecute(RouteTable.StatusPagePattern);
        app.UseMiddleware<ReadOnlyMethods>();
        app.UseMiddleware<RejectEncodedPathTricks>();
        app.UseMiddleware<TrailingSlashRedirect>();
        app.UseMiddleware<UnknownAddressPreconditions>();
        // Before routing, so a kept page goes out without matching an endpoint; compression inside it, so a page is
        // kept in each encoding rather than compressed for every request.
        app.UseOutputCache();
        app.UseRouting();
        // No page needs signing in. Called here so ASP.NET does not add both at the start of the pipeline (their
        // services come with Razor Pages), where they would cost every kept page a request scope.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseResponseCompression();
        return app;
    }

    public static WebApplication MapToolkit(this WebApplication app)
    {
        // From here the content loads on another thread while the endpoints below are mapped and Kestrel starts.
        app.Services.GetRequiredService<ContentAtStart>().Begin();
        app.Lifetime.ApplicationStarted.Register(app.Services.EvictPagesOnReload);
        app.Services.WarnIfNoPublicAddress();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapDynamicPageRoute<RouteTablePages>(RouteTablePages.Pattern);
        app.MapShareCards();
        app.MapPdfDownloads();
        app.MapSitemap();
        app.MapRobots();
        app.MapUpdatesFeed();
        app.MapSearchIndexScript();
        app.MapLivePreview();
        app.MapServiceWorker();
        app.MapHealthChecks(RouteTable.HealthPath, new HealthCheckOptions { ResponseWriter = HealthProbes.WriteTextAsync });
        return app;
    }
}
