using InformingFutures.Web.Site;

namespace InformingFutures.Web.Search;

/// <summary>The search index as a script, for copies of the site with no server (the export, the offline copy).</summary>
public sealed record SearchIndexScriptText(string Text);

/// <summary>Search's parts of every snapshot: its catalogue, then the catalogue as a script; and how to read them.</summary>
public static class SearchParts
{
    /// <summary>Search's services: the parts it builds with each snapshot and the rate limit on searches.</summary>
    public static IServiceCollection AddToolkitSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ISnapshotPart, CataloguePart>();
        services.AddSingleton<ISnapshotPart, ScriptPart>();
        return services.AddSearchRateLimits(configuration);
    }

    /// <summary>Serves the search index script of the request's snapshot.</summary>
    public static IEndpointRouteBuilder MapSearchIndexScript(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(RouteTable.SearchIndexPath, [HttpMethods.Get, HttpMethods.Head], (CurrentSite site) =>
            Results.Text(site.Snapshot.SearchIndexScript, "text/javascript; charset=utf-8"));
        return endpoints;
    }

    extension(SiteSnapshot snapshot)
    {
        /// <summary>The catalogue this snapshot is searched with.</summary>
        public SearchCatalogue Search => snapshot.Part<SearchCatalogue>();

        /// <summary>The catalogue as a script, for copies of the site with no server.</summary>
        public string SearchIndexScript => snapshot.Part<SearchIndexScriptText>().Text;
    }

    private sealed class CataloguePart : SnapshotPart<SearchCatalogue>
    {
        public override SearchCatalogue Build(SiteSnapshot snapshot) => SearchCatalogue.Build(snapshot.Content);
    }

    private sealed class ScriptPart : SnapshotPart<SearchIndexScriptText>
    {
        public override SearchIndexScriptText Build(SiteSnapshot snapshot) => new(Web.Search.SearchIndexScript.Write(snapshot.Search));
    }
}
