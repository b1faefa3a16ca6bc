namespace InformingFutures.Web.Site;

/// <summary>
/// The snapshot one request reads, pinned the first time anything in the request asks for it (the output cache's
/// policy, the route table's page routing, a page, the layout). Every reader gets it through <see cref="Of"/>, so a
/// reload mid-request cannot mix two versions in a response, and the address is looked up in its table once.
/// </summary>
public sealed class CurrentSite
{
    private string? _resolvedPath;
    private SiteRoute? _route;

    private CurrentSite(SiteSnapshot snapshot) => Snapshot = snapshot;

    public SiteSnapshot Snapshot { get; }

    /// <summary>The request's snapshot: pinned on the request by the first reader, the same object for every later one.</summary>
    public static CurrentSite Of(HttpContext http, LiveSnapshot index)
    {
        if (http.Features.Get<CurrentSite>() is { } pinned)
        {
            return pinned;
        }

        var site = new CurrentSite(index.Current);
        http.Features.Set(site);
        return site;
    }

    /// <summary>
    /// What <paramref name="path"/> serves in this snapshot, looked up once per address (a status page re-executed for
    /// the request has an address of its own).
    /// </summary>
    public SiteRoute? RouteOf(PathString path)
    {
        var value = path.Value ?? "";
        if (!string.Equals(value, _resolvedPath, StringComparison.Ordinal))
        {
            _route = Snapshot.Routes.Find(value);
            _resolvedPath = value;
        }

        return _route;
    }
}
