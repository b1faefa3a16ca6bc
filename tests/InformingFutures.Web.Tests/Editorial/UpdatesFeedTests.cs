using System.ServiceModel.Syndication;
using System.Xml;
using InformingFutures.Web.Attribution;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace InformingFutures.Web.Tests.Editorial;

/// <summary>
/// <c>/feed.xml</c> is Atom that a feed reader accepts, lists every published update newest first, and carries the
/// copyright notice and the Informing Futures website link in the feed and in every entry, as the terms require.
/// </summary>
public sealed class UpdatesFeedTests : IDisposable
{
    // After 1 March 2027, so the scheduled page's update is published too.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly ToolkitFactory _site;

    public UpdatesFeedTests() => _site = ToolkitFactory.OnClock(TestPaths.Fixture("editorial"), _clock);

    private AttributionOptions Attribution => _site.Services.GetRequiredService<IOptions<AttributionOptions>>().Value;

    [Fact]
    public async Task TheFeedIsAtomWithEveryUpdateNewestFirst()
    {
        var (response, feed) = await ReadFeedAsync();

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(RepoSiteFactory.PublicUrl + "/feed.xml", feed.Id);
        Assert.Equal(
        [
            "2027-03-01 Peer case review: Published the peer case review model. <https://charity.github.io/informing-futures/guide/peer-review>",
            "2026-11-20 Group supervision: Rewrote the challenges after practitioners' feedback. <https://charity.github.io/informing-futures/guide/supervision>",
            "2026-09-15 Practice guide: Added the comparison of the models. <https://charity.github.io/informing-futures/guide>",
            "2026-06-01 Group supervision: First published. <https://charity.github.io/informing-futures/guide/supervision>",
        ],
            feed.Items.Select(i => $"{i.LastUpdatedTime:yyyy-MM-dd} {i.Title.Text}: {i.Summary.Text} <{i.Links.Single(l => l.RelationshipType == "alternate").Uri}>"));
        Assert.Equal(feed.Items.Count(), feed.Items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public async Task TheFeedAndEveryEntryCarryTheCopyrightNoticeAndLinkToTheWebsite()
    {
        var (_, feed) = await ReadFeedAsync();

        Assert.Equal(Attribution.CopyrightNotice, feed.Copyright.Text);
        Assert.Contains(feed.Links, l => l.RelationshipType == "related" && l.Uri == new Uri(Attribution.WebsiteUrl));
        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, item =>
        {
            Assert.Equal(Attribution.CopyrightNotice, item.Copyright.Text);
            Assert.Contains(item.Links, l => l.RelationshipType == "related" && l.Uri == new Uri(Attribution.WebsiteUrl));
            var content = Assert.IsType<TextSyndicationContent>(item.Content).Text;
            Assert.Contains(System.Net.WebUtility.HtmlEncode(Attribution.ShortNotice), content);
            Assert.Contains($"<a href=\"{Attribution.WebsiteUrl}\">{Attribution.WebsiteLabel}</a>", content);
        });
    }

    [Fact]
    public async Task EveryPageLinksToTheFeedForFeedReadersToFind()
    {
        var (_, html) = await _site.GetHtmlAsync("/guide/supervision");

        var link = html.QuerySelector("head link[rel=alternate][type='application/atom+xml']");
        Assert.Equal("/feed.xml", link?.GetAttribute("href"));
    }

    [Fact]
    public async Task WithoutAPublicAddressThereIsNoFeedAndNoLinkToOne()
    {
        using var site = new ToolkitFactory(TestPaths.Fixture("editorial"));

        var feed = await site.CreatePlainClient().GetAsync("/feed.xml");
        var (_, html) = await site.GetHtmlAsync("/guide/supervision");

        Assert.Equal(HttpStatusCode.NotFound, feed.StatusCode);
        Assert.Null(html.QuerySelector("link[type='application/atom+xml']"));
    }

    [Fact]
    public async Task TheRepositorysContentHasNoInventedUpdates()
    {
        using var site = new RepoSiteFactory();
        var client = site.CreatePlainClient();

        var feed = SyndicationFeed.Load(XmlReader.Create(await client.GetStreamAsync("/feed.xml")));

        Assert.Empty(feed.Items);
        Assert.Equal(site.Services.GetRequiredService<IOptions<AttributionOptions>>().Value.CopyrightNotice, feed.Copyright.Text);
    }

    [Fact]
    public async Task MendingATypoInAnUpdateChangesItsEntryRatherThanMakingANewOne()
    {
        using var content = new TempContent("editorial");
        using var site = ToolkitFactory.OnClock(content.Root, _clock);
        var before = (await ReadFeedAsync(site)).Feed.Items.ToDictionary(i => i.Id, i => i.Summary.Text);

        content.Write("guide/supervision.md", File.ReadAllText(content.PathOf("guide/supervision.md")).Replace("Rewrote the challenges after", "Rewrote the challenges, after"));
        Assert.True(await ContentTestHost.EventuallyAsync(() => site.Services.GetRequiredService<LiveSnapshot>().Current.Content.Documents.Any(d => d.Meta.Changes?.Any(c => c.Summary!.Contains("challenges, after", StringComparison.Ordinal)) == true), TimeSpan.FromSeconds(30)));
        var after = (await ReadFeedAsync(site)).Feed.Items.ToDictionary(i => i.Id, i => i.Summary.Text);

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        var mended = Assert.Single(after, entry => before[entry.Key] != entry.Value);
        Assert.Equal("Rewrote the challenges, after practitioners' feedback.", mended.Value);
    }

    private Task<(HttpResponseMessage Response, SyndicationFeed Feed)> ReadFeedAsync() => ReadFeedAsync(_site);

    private static async Task<(HttpResponseMessage Response, SyndicationFeed Feed)> ReadFeedAsync(ToolkitFactory site)
    {
        var response = await site.CreatePlainClient().GetAsync("/feed.xml");
        response.EnsureSuccessStatusCode();
        var formatter = new Atom10FeedFormatter();
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        Assert.True(formatter.CanRead(reader), "not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return (response, formatter.Feed);
    }

    public void Dispose() => _site.Dispose();
}
