using InformingFutures.Web.Content;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Site;

public static class SiteServiceCollectionExtensions
{
    /// <summary>
    /// The content, its snapshot and the public address: everything the site, <c>check</c> and <c>export</c> share,
    /// so each builds the same snapshot through the same container.
    /// </summary>
    public static IServiceCollection AddToolkitSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddToolkitContent(configuration);
        services.AddOptions<SiteOptions>()
            .Bind(configuration.GetSection(SiteOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SiteOptions>, PublicUrlRule>();
        services.AddOptions<PreviewOptions>()
            .Bind(configuration.GetSection(PreviewOptions.SectionName))
            .Validate<IHostEnvironment>((o, environment) => !o.Enabled || environment.IsDevelopment(),
                "Preview:Enabled serves drafts and unpublished pages, so it is allowed only in Development (ASPNETCORE_ENVIRONMENT=Development).")
            .ValidateOnStart();
        // The site's clock decides when a scheduled page appears; tests replace it to move time.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Release>();
        services.AddSingleton<SiteBuilder>();
        services.AddSingleton<LiveSnapshot>();
        services.AddSingleton<ContentAtStart>();
        services.AddHostedService(sp => sp.GetRequiredService<ContentAtStart>());
        services.AddHttpContextAccessor();
        services.AddScoped(sp => CurrentSite.Of(
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext ?? throw new InvalidOperationException("The current site is read within a request."),
            sp.GetRequiredService<LiveSnapshot>()));
        services.AddSingleton<RouteTablePages>();
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content", tags: [ContentHealthCheck.ReadinessTag]);
        return services;
    }

    /// <summary>
    /// The one start-up warning for a published site without a public address, naming the setting to add. An editor
    /// previewing on their own machine (Development) needs none, so it is only a debug line there.
    /// </summary>
    public static void WarnIfNoPublicAddress(this IServiceProvider services)
    {
        if (services.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUrl is null)
        {
            var level = services.GetRequiredService<IHostEnvironment>().IsDevelopment() ? LogLevel.Debug : LogLevel.Warning;
            services.GetRequiredService<ILogger<SiteOptions>>().Log(level,
                "Site:PublicUrl is not set, so og:url, sitemap.xml and the full addresses in citations and print footers are left out. " +
                "Set Site:PublicUrl (environment variable Site__PublicUrl) to the address readers use, such as https://toolkit.example.org");
        }
    }

    /// <summary>Names the value refused, so an operator sees what they typed.</summary>
    private sealed class PublicUrlRule : IValidateOptions<SiteOptions>
    {
        public ValidateOptionsResult Validate(string? name, SiteOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
