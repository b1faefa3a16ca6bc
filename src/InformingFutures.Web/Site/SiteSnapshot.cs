using InformingFutures.Web.Content;
using InformingFutures.Web.Search;

namespace InformingFutures.Web.Site;

/// <summary>
/// Everything the site derives from one load of the content: the documents, the addresses it serves and the search
/// catalogue. Built whole before it is swapped in, never changed after, and read once per request, so no response
/// mixes two versions of the content.
/// </summary>
public sealed class SiteSnapshot
{
    public SiteSnapshot(ContentSnapshot content, RouteTable routes)
    {
        Content = content;
        Routes = routes;
        Search = SearchCatalogue.Build(content);
    }

    public static SiteSnapshot Empty { get; } = new(ContentSnapshot.Empty, RouteTable.For(ContentSnapshot.Empty, withSitemap: false));

    public ContentSnapshot Content { get; }

    public RouteTable Routes { get; }

    public SearchCatalogue Search { get; }

    /// <summary>Increases with every reload.</summary>
    public long Version => Content.Version;
}
