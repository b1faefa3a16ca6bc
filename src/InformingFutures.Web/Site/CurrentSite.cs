namespace InformingFutures.Web.Site;

/// <summary>
/// The snapshot one request reads, captured the first time the request asks for it. The stored copy, the page, the
/// layout, the ETag and search all read this one, so a reload mid-request cannot mix two versions in a response.
/// </summary>
public sealed class CurrentSite(SiteIndex index)
{
    public SiteSnapshot Snapshot { get; } = index.Current;
}
