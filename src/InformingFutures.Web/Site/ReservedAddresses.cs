using System.Collections.Frozen;
using InformingFutures.Web.Content;

namespace InformingFutures.Web.Site;

/// <summary>
/// The addresses the site keeps for itself (/about, /search, /offline, /healthz, /pdf/…). A section folder named like
/// one of them is an error at each of its files, which are left off the site: they could neither hide the site's own
/// page nor stop the route table, which once failed every reload from then on. docs/editing.md lists them.
/// </summary>
public static class ReservedAddresses
{
    /// <summary>The first segment of every address the site serves by itself, whatever the content.</summary>
    public static readonly FrozenSet<string> FirstSegments = new[]
    {
        RouteTable.AboutPath, RouteTable.SearchPath, RouteTable.OfflinePath, RouteTable.HealthPath, RouteTable.ErrorPath,
        RouteTable.StatusPagePattern, RouteTable.PdfPrefix, RouteTable.ShareCardPrefix,
        RouteTable.PreviewPrefix, RouteTable.SitemapPath, RouteTable.RobotsPath, RouteTable.FeedPath, RouteTable.SearchIndexPath,
        RouteTable.SearchReaderScriptPath, RouteTable.SearchStemmerScriptPath, RouteTable.ServiceWorkerPath,
    }.Select(FirstSegment).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The content without the documents whose address the site keeps, each reported at its file.</summary>
    public static ContentSnapshot LeaveOut(ContentSnapshot content)
    {
        var refused = content.Documents.Where(d => !d.IsHome && FirstSegments.Contains(FirstSegment(d.Url))).ToHashSet();
        if (refused.Count == 0)
        {
            return content;
        }

        var problems = refused.Select(d => new ContentProblem(d.SourcePath, 1,
            $"the address /{FirstSegment(d.Url)} is the site's own, so this page cannot have it; rename the folder (the site keeps {string.Join(", ", FirstSegments.Order(StringComparer.Ordinal))})"));
        return new ContentSnapshot(content.Documents.Where(d => !refused.Contains(d)), [.. content.Problems, .. problems], content.Version,
            [.. content.Links.Where(l => !FirstSegments.Contains(FirstSegment(l.FromUrl)))]);
    }

    private static string FirstSegment(string address) => address.TrimStart('/').Split('/')[0];
}
