using InformingFutures.Web.Attribution;
using InformingFutures.Web.Site;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Search;

/// <summary>
/// The search index as a script, for copies of the site with no server (the export, the offline copy), as the UTF-8
/// bytes it is served as. Written when first asked for, once per snapshot: only those copies fetch it, and at
/// 3,000 pages writing it was half of every reload (135 ms of 300), which a save waited for before its page served.
/// </summary>
/// <param name="notice">The charity's notice, which leads the file: its terms ask for it on every copy, and this file holds every page's text.</param>
public sealed class SearchIndexScriptText(SearchCatalogue catalogue, string notice)
{
    private readonly Lazy<byte[]> _utf8 = new(() => Web.Search.SearchIndexScript.Write(catalogue, notice), LazyThreadSafetyMode.ExecutionAndPublication);

    public byte[] Utf8 => _utf8.Value;
}

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
            Results.Bytes(site.Snapshot.SearchIndexScript, "text/javascript; charset=utf-8"));
        return endpoints;
    }

    extension(SiteSnapshot snapshot)
    {
        /// <summary>The catalogue this snapshot is searched with.</summary>
        public SearchCatalogue Search => snapshot.Part<SearchCatalogue>();

        /// <summary>The catalogue as a script, for copies of the site with no server.</summary>
        public byte[] SearchIndexScript => snapshot.Part<SearchIndexScriptText>().Utf8;
    }

    private sealed class CataloguePart : SnapshotPart<SearchCatalogue>
    {
        public override SearchCatalogue Build(SiteSnapshot snapshot) => SearchCatalogue.Build(snapshot.Content);
    }

    private sealed class ScriptPart(IOptions<AttributionOptions> attribution) : SnapshotPart<SearchIndexScriptText>
    {
        private readonly string _notice = $"{attribution.Value.CopyrightNotice} {attribution.Value.WebsiteLabel} ({attribution.Value.WebsiteUrl}). {attribution.Value.TermsOfUse}";

        public override SearchIndexScriptText Build(SiteSnapshot snapshot) => new(snapshot.Search, _notice);
    }
}
