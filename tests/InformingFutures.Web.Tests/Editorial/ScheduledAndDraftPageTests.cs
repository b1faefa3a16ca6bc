using AngleSharp.Html.Parser;
using Microsoft.Extensions.Time.Testing;

namespace InformingFutures.Web.Tests.Editorial;

/// <summary>
/// A scheduled page (<c>publish:</c>) and a draft (<c>draft: true</c>) are absent from the public site everywhere a
/// reader could meet them, judged by the site's clock; the scheduled page appears, everywhere, once its day comes.
/// Fixture: <c>Fixtures/editorial</c>, where <c>/guide/peer-review</c> is a model due on 1 March 2027 and
/// <c>/guide/notes-in-progress</c> a draft.
/// </summary>
public sealed class ScheduledAndDraftPageTests : IDisposable
{
    private const string Scheduled = "/guide/peer-review";
    private const string Draft = "/guide/notes-in-progress";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 2, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly ToolkitFactory _site;

    public ScheduledAndDraftPageTests() => _site = ToolkitFactory.OnClock(TestPaths.Fixture("editorial"), _clock);

    [Fact]
    public async Task BeforeItsDayAScheduledPageAndADraftAreNowhere()
    {
        var seen = await EverywhereAsync();

        Assert.Equal([], seen.Served);
        Assert.DoesNotContain(seen.Pages, p => p.Html.Contains("peer-review", StringComparison.Ordinal) || p.Html.Contains("Peer case review", StringComparison.Ordinal));
        Assert.DoesNotContain(seen.Pages, p => p.Html.Contains("notes-in-progress", StringComparison.Ordinal) || p.Html.Contains("Notes in progress", StringComparison.Ordinal));
        Assert.Equal(["Group supervision"], seen.ComparisonRows);
        Assert.DoesNotContain("peer-review", seen.Sitemap);
        Assert.DoesNotContain("peer-review", seen.Feed);
        Assert.Empty(seen.SearchHits);
    }

    [Fact]
    public async Task OnItsDayTheScheduledPageAppearsEverywhereWithoutAnyoneSavingAFile()
    {
        _ = await EverywhereAsync();

        _clock.Advance(TimeSpan.FromDays(1)); // 1 March 2027, 12:00 UTC: the rebuild was due at midnight
        var client = _site.CreatePlainClient();
        Assert.True(await ContentTestHost.EventuallyAsync(async () => (await client.GetAsync(Scheduled)).IsSuccessStatusCode, TimeSpan.FromSeconds(10)), $"{Scheduled} was not served on its day");
        var seen = await EverywhereAsync();

        Assert.Contains(Scheduled, seen.Served);
        Assert.DoesNotContain(Draft, seen.Served);
        Assert.Equal(["Group supervision", "Peer case review"], seen.ComparisonRows);
        Assert.Contains(seen.Pages, p => p.Path == "/guide/supervision" && p.Html.Contains($"href=\"{Scheduled}\" rel=\"next\"", StringComparison.Ordinal));
        Assert.Contains(seen.Pages, p => p.Path == "/guide" && p.Html.Contains($"<a href=\"{Scheduled}\">Peer case review</a>", StringComparison.Ordinal));
        Assert.Contains(RepoSiteFactory.PublicUrl + Scheduled, seen.Sitemap);
        Assert.Contains(RepoSiteFactory.PublicUrl + Scheduled, seen.Feed);
        Assert.Equal([Scheduled], seen.SearchHits);
        Assert.DoesNotContain(seen.Pages, p => p.Html.Contains("notes-in-progress", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AScheduledOverviewHoldsBackItsWholeSection()
    {
        using var content = new TempContent("editorial");
        var overview = File.ReadAllText(content.PathOf("guide/index.md"));
        content.Write("guide/index.md", overview.Replace("year: 2026\n", "year: 2026\npublish: 2027-06-01\n"));
        using var site = ToolkitFactory.OnClock(content.Root, _clock);
        var client = site.CreatePlainClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/guide")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/guide/supervision")).StatusCode);
        Assert.DoesNotContain("/guide", await client.GetStringAsync("/"));
        var notes = site.Services.GetRequiredService<LiveSnapshot>().Current.Content.Problems.Where(p => p.Severity == ProblemSeverity.Notice).Select(p => p.ToString());
        Assert.Contains("guide/supervision.md:1:1: note: scheduled: /guide/supervision is published on 1 June 2027 with its section, /guide", notes);
    }

    [Fact]
    public async Task InDevelopmentTheDraftIsServedWithItsBannerAndMarkedInItsSectionsList()
    {
        using var site = ToolkitFactory.OnClock(TestPaths.Fixture("editorial"), _clock, "Development");

        var (draft, html) = await site.GetHtmlAsync(Draft);
        var (_, scheduled) = await site.GetHtmlAsync(Scheduled);
        var (_, overview) = await site.GetHtmlAsync("/guide");

        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.StartsWith("Draft: not published.", html.QuerySelector("main .preview-banner")?.TextContent.Trim());
        Assert.Equal("Scheduled: not published until 1 March 2027. Only this preview shows it before then.", scheduled.QuerySelector("main .preview-banner")?.TextContent.Trim());
        Assert.Equal("Notes in progress (draft)", overview.QuerySelector($"#pages + ul a[href='{Draft}']")?.ParentElement?.TextContent.Split('\n')[0].Replace("A page still being written.", "").Trim());
        Assert.Null(overview.QuerySelector("main .preview-banner"));
    }

    [Fact]
    public async Task TheHomePageIsAlwaysPublishedAndAMarkOtherwiseIsAnError()
    {
        using var content = new TempContent("editorial");
        content.Write("index.md", File.ReadAllText(content.PathOf("index.md")).Replace("summary:", "draft: true\nsummary:"));
        using var site = ToolkitFactory.OnClock(content.Root, _clock);

        var home = await site.CreatePlainClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("index.md:1:1: error: the home page is always published: remove 'draft' and 'publish'",
            site.Services.GetRequiredService<LiveSnapshot>().Current.Content.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task TheStaticExportLeavesHiddenPagesOutEvenWhenRunFromDevelopment()
    {
        using var content = new TempContent("editorial");
        var scheduled = File.ReadAllText(content.PathOf("guide/peer-review.md"));
        content.Write("guide/peer-review.md", scheduled.Replace("publish: 2027-03-01", "publish: 2999-01-01")); // the real clock decides here
        var folder = Path.Combine(Path.GetTempPath(), "if-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            StaticExport.RunOver(content.Root, folder, "--base-url", RepoSiteFactory.PublicUrl); // `dotnet run` starts it in Development

            Assert.True(File.Exists(Path.Combine(folder, "guide", "supervision", "index.html")));
            Assert.False(Directory.Exists(Path.Combine(folder, "guide", "peer-review")));
            Assert.False(Directory.Exists(Path.Combine(folder, "guide", "notes-in-progress")));
            var leaks = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => File.ReadAllText(f) is var text && (text.Contains("peer-review", StringComparison.Ordinal) || text.Contains("notes-in-progress", StringComparison.Ordinal) || text.Contains("/_preview/", StringComparison.Ordinal)))
                .Select(f => Path.GetRelativePath(folder, f));
            Assert.Empty(leaks);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What a reader can meet: every page's HTML, the sitemap, the feed and the search index.</summary>
    private async Task<Seen> EverywhereAsync()
    {
        var client = _site.CreatePlainClient();
        var routes = _site.Services.GetRequiredService<LiveSnapshot>().Current.Routes;
        var pages = new List<(string Path, string Html)>();
        foreach (var route in routes.Listed)
        {
            pages.Add((route.Path, await client.GetStringAsync(route.Path)));
        }

        var served = new List<string>();
        foreach (var path in new[] { Scheduled, Scheduled + "/present", Draft, Draft + "/present" })
        {
            if ((await client.GetAsync(path)).IsSuccessStatusCode)
            {
                served.Add(path);
            }
        }

        var overview = new HtmlParser().ParseDocument(pages.Single(p => p.Path == "/guide").Html);
        // What search can find: the pages in the search index.
        var index = await client.GetStringAsync(RouteTable.SearchIndexPath);
        var hits = new[] { Scheduled, Draft }.Where(path => index.Contains($"\"url\":\"{path}\"", StringComparison.Ordinal)).ToList();

        return new Seen(
            pages,
            served,
            [.. overview.QuerySelectorAll("table tbody th").Select(th => th.TextContent.Trim())],
            await client.GetStringAsync("/sitemap.xml"),
            await client.GetStringAsync("/feed.xml"),
            [.. hits.Distinct()]);
    }

    private sealed record Seen(List<(string Path, string Html)> Pages, List<string> Served, List<string> ComparisonRows, string Sitemap, string Feed, List<string> SearchHits);

    public void Dispose() => _site.Dispose();
}
