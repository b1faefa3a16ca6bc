namespace InformingFutures.Web.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Registers site search over the content index; call after <c>AddToolkitContent</c>.</summary>
    public static IServiceCollection AddToolkitSearch(this IServiceCollection services) =>
        services.AddSingleton<SearchIndex>();
}
