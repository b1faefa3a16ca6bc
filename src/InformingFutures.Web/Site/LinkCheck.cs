using InformingFutures.Web.Content;

namespace InformingFutures.Web.Site;

/// <summary>The link check: every link in the content against the route table that answers requests.</summary>
public static class LinkCheck
{
    /// <summary>
    /// Links from content to addresses this table does not serve. The same table answers requests, so a link the
    /// checker accepts is a link that works.
    /// </summary>
    /// <param name="hidden">Pages the public site holds back: a published page may not link to one, or to its deck or handout.</param>
    /// <param name="leftOut">Files left off the site by their own errors: a link to one is reported as that, not as no page at all.</param>
    public static IEnumerable<ContentProblem> BrokenLinks(this RouteTable routes, IEnumerable<(string FromUrl, string FromPath, InternalLink Link)> links, IReadOnlyDictionary<string, HeldBack>? hidden = null, IEnumerable<ContentProblem>? leftOut = null)
    {
        hidden ??= new Dictionary<string, HeldBack>();
        var failing = (leftOut ?? []).Where(p => p.LeavesFileOut).Select(p => (Url: ContentPaths.UrlOf(p.Path), p.Path))
            .Where(f => f.Url is not null).DistinctBy(f => f.Url).ToDictionary(f => f.Url!, f => f.Path, StringComparer.Ordinal);
        foreach (var (fromUrl, fromPath, link) in links)
        {
            var target = Resolve(fromUrl, link.Url);
            var hiddenTarget = target is null ? null : HiddenPageAt(target, hidden);
            if (hiddenTarget is { } held)
            {
                if (!hidden.ContainsKey(fromUrl))
                {
                    var state = held.Page.State == PublicationState.Draft ? "a draft" : "scheduled for later";
                    yield return new ContentProblem(fromPath, link.Line, $"link to '{Shorten(link.Url)}' goes to {held.Url}, which is {state} and not published: publish it first, or remove the link", link.Column, LeavesFileOut: false);
                }
            }
            else if (target is null)
            {
                yield return new ContentProblem(fromPath, link.Line, $"link to '{Shorten(link.Url)}' is not an address a browser can follow", link.Column, LeavesFileOut: false);
            }
            else if (routes.Find(target) is null && failing.GetValueOrDefault(target) is { } failingPath)
            {
                yield return new ContentProblem(fromPath, link.Line, $"link to '{Shorten(link.Url)}' goes to {target}, whose file {failingPath} has errors and is left off the site: fix that file", link.Column, LeavesFileOut: false);
            }
            else if (routes.Find(target) is not { } route || !(route.IsHtmlPage || route.Kind is RouteKind.Sitemap or RouteKind.Feed))
            {
                yield return new ContentProblem(fromPath, link.Line, $"link to '{Shorten(link.Url)}' goes to {Shorten(target)}, which is not a page of this site", link.Column, LeavesFileOut: false);
            }
        }
    }

    /// <summary>The hidden page at <paramref name="path"/>, or whose deck or handout it is.</summary>
    private static (string Url, HeldBack Page)? HiddenPageAt(string path, IReadOnlyDictionary<string, HeldBack> hidden)
    {
        for (var url = path; url.Length > 0; url = url[..Math.Max(0, url.LastIndexOf('/'))])
        {
            if (hidden.TryGetValue(url, out var page))
            {
                return (url, page);
            }
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    /// <summary>The site path a link from <paramref name="fromUrl"/> leads to, without query or fragment; null if it is no address at all.</summary>
    private static string? Resolve(string fromUrl, string link)
    {
        try
        {
            if (!Uri.TryCreate(new Uri("http://site" + fromUrl), link, out var uri))
            {
                return null;
            }

            var path = uri.AbsolutePath;
            return path.Length > 1 ? path.TrimEnd('/') : path;
        }
        catch (UriFormatException)
        {
            return null; // TryCreate still throws for a few inputs, such as addresses longer than Uri allows
        }
    }
}
