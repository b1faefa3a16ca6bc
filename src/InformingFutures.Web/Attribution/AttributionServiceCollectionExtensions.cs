namespace InformingFutures.Web.Attribution;

public static class AttributionServiceCollectionExtensions
{
    /// <summary>Binds <see cref="AttributionOptions"/> and refuses to start when the notice or website is missing.</summary>
    public static IServiceCollection AddToolkitAttribution(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AttributionOptions>()
            .Bind(configuration.GetSection(AttributionOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrEmpty(o.WebsiteUrl) || o.WebsiteUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || o.WebsiteUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase),
                "Attribution:WebsiteUrl must be an absolute http or https address, such as http://www.informingfutures.co.uk.")
            .ValidateOnStart();
        return services;
    }
}
