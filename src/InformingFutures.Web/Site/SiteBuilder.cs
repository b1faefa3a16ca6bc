using System.Diagnostics;
using InformingFutures.Web.Content;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Site;

/// <summary>
/// Builds a <see cref="SiteSnapshot"/> from a content folder: loads every file, lays out the routes, checks every
/// link against them, and logs each problem once. The site, <c>check</c> and <c>export</c> all build through this.
/// </summary>
public sealed class SiteBuilder(ContentLoader loader, IOptions<SiteOptions> site, IOptions<PreviewOptions> preview, Release release, TimeProvider clock, IEnumerable<ISnapshotPart> parts, ILogger<SiteBuilder> logger)
{
    private readonly ISnapshotPart[] _parts = [.. parts];

    /// <summary>The site before any content has loaded, with every part (an empty search, an empty sitemap).</summary>
    public SiteSnapshot Empty => field ??= new SiteSnapshot(ContentSnapshot.Empty, RouteTable.For(ContentSnapshot.Empty, withSitemap: false, withFeed: false)).WithParts(_parts);

    /// <param name="previous">The snapshot being replaced: a page whose new version is broken keeps its last good one.</param>
    public SiteSnapshot Build(IFileProvider files, SiteSnapshot previous)
    {
        var clockStart = Stopwatch.GetTimestamp();
        var loaded = loader.Load(files, previous.Content);
        var loadedAt = Stopwatch.GetTimestamp();
        var published = Publication.Split(loaded, clock.GetUtcNow(), preview.Value.Enabled);
        var claimable = ReservedAddresses.LeaveOut(published.Content);
        var hasAddress = site.Value.BaseUrl is not null;
        var routes = RouteTable.For(claimable, withSitemap: hasAddress, withFeed: hasAddress);
        var content = claimable.WithProblems(routes.BrokenLinks(claimable.Links, published.Hidden, claimable.Problems));
        foreach (var problem in content.Problems)
        {
            Log(problem);
        }

        var snapshot = new SiteSnapshot(content, routes, preview.Value.Enabled ? published.Hidden : null, published.NextPublication, release.Fingerprint);
        var routedAt = Stopwatch.GetTimestamp();
        snapshot.WithParts(_parts, (part, elapsed) => logger.LogDebug("Built {SnapshotPart} in {ElapsedMilliseconds:0} ms", part.PartType.Name, elapsed.TotalMilliseconds),
            Empty, (part, e) => logger.LogError(e, "The site could not build its {SnapshotPart} from this content, so it serves that part empty; every other part is current", part.PartType.Name));
        logger.LogDebug("Read and parsed the files in {LoadMilliseconds:0} ms, laid out routes and links in {RouteMilliseconds:0} ms, built the parts in {PartsMilliseconds:0} ms",
            Stopwatch.GetElapsedTime(clockStart, loadedAt).TotalMilliseconds,
            Stopwatch.GetElapsedTime(loadedAt, routedAt).TotalMilliseconds,
            Stopwatch.GetElapsedTime(routedAt).TotalMilliseconds);
        return snapshot;
    }

    private void Log(ContentProblem problem)
    {
        var consequence = problem.LeavesFileOut ? "the file is left off the site" : "the page is still published";
        if (problem.IsError)
        {
            logger.LogError("Content file {ContentFile:l}:{Line}:{Column}: error: {Problem:l}; {Consequence:l}", LogText.Escape(problem.Path), problem.Line, problem.Column, LogText.Escape(problem.Message), consequence);
        }
        else if (problem.Severity == ProblemSeverity.Notice)
        {
            logger.LogInformation("Content file {ContentFile:l}: note: {Problem:l}", LogText.Escape(problem.Path), LogText.Escape(problem.Message));
        }
        else
        {
            logger.LogWarning("Content file {ContentFile:l}:{Line}:{Column}: warning: {Problem:l}", LogText.Escape(problem.Path), problem.Line, problem.Column, LogText.Escape(problem.Message));
        }
    }
}
