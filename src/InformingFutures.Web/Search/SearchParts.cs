using InformingFutures.Web.Attribution;
using InformingFutures.Web.Content;
using InformingFutures.Web.Site;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Search;

/// <summary>
/// The search index script of one snapshot, as the UTF-8 bytes it is served as. Written when first asked for, once
/// per snapshot: at 3,000 pages writing it was half of every reload (135 ms of 300), which a save waited for.
/// </summary>
/// <param name="notice">The charity's notice, which leads the file: its terms ask for it on every copy, and this file holds every page's text.</param>
public sealed class SearchIndexScriptText(ContentSnapshot content, string notice)
{
    private readonly Lazy<byte[]> _utf8 = new(() => SearchIndexScript.Write(content, notice), LazyThreadSafetyMode.ExecutionAndPublication);

    public byte[] Utf8 => _utf8.Value;
}

/// <summary>Search's part of every snapshot, the index script, and its endpoint.</summary>
public static class SearchParts
{
    public static IServiceCollection AddToolkitSearch(this IServiceCollection services) =>
        services.AddSingleton<ISnapshotPart, ScriptPart>();

    /// <summary>Serves the search index script of the request's snapshot.</summary>
    public static IEndpointRouteBuilder MapSearchIndexScript(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(RouteTable.SearchIndexPath, [HttpMethods.Get, HttpMethods.Head], (CurrentSite site) =>
            Results.Bytes(site.Snapshot.Part<SearchIndexScriptText>().Utf8, "text/javascript; charset=utf-8"));
        return endpoints;
    }

    private sealed class ScriptPart(IOptions<AttributionOptions> attribution) : SnapshotPart<SearchIndexScriptText>
    {
        private readonly string _notice = $"{attribution.Value.CopyrightNotice} {attribution.Value.WebsiteLabel} ({attribution.Value.WebsiteUrl}). {attribution.Value.TermsOfUse}";

        public override SearchIndexScriptText Build(SiteSnapshot snapshot) => new(snapshot.Content, _notice);
    }
}
