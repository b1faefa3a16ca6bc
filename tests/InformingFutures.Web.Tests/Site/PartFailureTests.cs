using InformingFutures.Web.Commands;
using Microsoft.AspNetCore.TestHost;

namespace InformingFutures.Web.Tests.Site;

/// <summary>
/// Nothing derived from content can throw out of the build: a part that fails on this content (a feed, a sitemap, a
/// search index…) serves the empty site's part, every other page stays current, and `check` says which part failed.
/// </summary>
public sealed class PartFailureTests
{
    private sealed record Fragile;

    /// <summary>A part that cannot handle any content at all, as a bug in one would.</summary>
    private sealed class FragilePart : SnapshotPart<Fragile>
    {
        public override Fragile Build(SiteSnapshot snapshot) =>
            snapshot.Content.Documents.Count == 0 ? new Fragile() : throw new InvalidOperationException("no content is simple enough");
    }

    [Fact]
    public async Task APartThatThrowsCostsThatPartOnlyAndCheckNamesIt()
    {
        using var site = new ToolkitFactory(TestPaths.Fixture("good"), configure: b => b.ConfigureTestServices(s => s.AddSingleton<ISnapshotPart, FragilePart>()));
        var client = site.CreatePlainClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alpha/first")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=first")).StatusCode);
        Assert.StartsWith("Degraded", await client.GetStringAsync("/healthz"));
        Assert.Contains("the site could not build its Fragile from this content", await client.GetStringAsync("/healthz"));

        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.Equal(1, ContentCheckCommand.Run(site.Services, [TestPaths.Fixture("good")], output, errors));
        Assert.EndsWith(": error: the site could not build its Fragile from this content (InvalidOperationException: no content is simple enough), so that part is served empty", output.ToString().Trim());
        Assert.Contains(", 1 error,", errors.ToString());
    }

    /// <summary>A part that reads another gets it built first, whatever order the parts were registered in.</summary>
    [Fact]
    public async Task PartsRegisteredInReverseOrderServeTheSameFiles()
    {
        using var usual = new ToolkitFactory(TestPaths.Fixture("good"));
        using var reversed = new ToolkitFactory(TestPaths.Fixture("good"), configure: b => b.ConfigureTestServices(s =>
        {
            var parts = s.Where(d => d.ServiceType == typeof(ISnapshotPart)).ToList();
            parts.ForEach(d => s.Remove(d));
            parts.AsEnumerable().Reverse().ToList().ForEach(s.Add);
        }));

        foreach (var path in new[] { RouteTable.SearchIndexPath, RouteTable.ServiceWorkerPath, "/search?q=first" })
        {
            Assert.Equal(await usual.CreatePlainClient().GetStringAsync(path), await reversed.CreatePlainClient().GetStringAsync(path));
        }
    }
}
