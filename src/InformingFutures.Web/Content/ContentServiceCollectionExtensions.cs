using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>Registers the Markdown content service: one pipeline, one parser, one loader.</summary>
    public static IServiceCollection AddToolkitContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentOptions>()
            .Bind(configuration.GetSection(ContentOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<ContentOptions>, ResolveContentRoot>();
        services.AddSingleton<IValidateOptions<ContentOptions>, ContentRootMustExist>();

        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ContentFileParser>();
        services.AddSingleton<ContentLoader>();
        return services;
    }

    /// <summary>Relative roots are relative to the app's content root, whatever the working directory.</summary>
    private sealed class ResolveContentRoot(IHostEnvironment environment) : IPostConfigureOptions<ContentOptions>
    {
        public void PostConfigure(string? name, ContentOptions options)
        {
            if (!string.IsNullOrWhiteSpace(options.RootPath))
            {
                options.RootPath = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.RootPath));
            }
        }
    }

    private sealed class ContentRootMustExist : IValidateOptions<ContentOptions>
    {
        public ValidateOptionsResult Validate(string? name, ContentOptions options) =>
            string.IsNullOrWhiteSpace(options.RootPath) || Directory.Exists(options.RootPath)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"Content:RootPath '{options.RootPath}' is not a folder. Set Content:RootPath (or the environment variable Content__RootPath) to the folder of Markdown files, such as content.");
    }
}
