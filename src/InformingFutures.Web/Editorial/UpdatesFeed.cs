using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using InformingFutures.Web.Attribution;
using InformingFutures.Web.Content;
using InformingFutures.Web.Site;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Editorial;

/// <summary>
/// <c>/feed.xml</c>: an Atom feed with one entry for each <c>changes:</c> entry of every published page, newest first,
/// so a reader who printed a handout can see what has changed since. A feed is a copy of the material, so the feed
/// and each entry carry the copyright notice and a link to the Informing Futures website, as the terms require.
/// Entries need absolute addresses, so the feed is served only when <c>Site:PublicUrl</c> is set.
/// </summary>
public static class UpdatesFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>The feed of one snapshot, built with it; null without a public address.</summary>
    public sealed record Atom(string? Text);

    public static IServiceCollection AddToolkitUpdatesFeed(this IServiceCollection services) => services.AddSingleton<ISnapshotPart, Part>();

    public static IEndpointRouteBuilder MapUpdatesFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(RouteTable.FeedPath, [HttpMethods.Get, HttpMethods.Head], (CurrentSite site) =>
            site.Snapshot.Part<Atom>().Text is { } atom && site.Snapshot.Routes.Find(RouteTable.FeedPath, RouteKind.Feed) is not null
                ? Results.Text(atom, ContentType)
                : Results.NotFound());
        return endpoints;
    }

    private sealed class Part(IOptions<SiteOptions> options, IOptions<AttributionOptions> attribution) : SnapshotPart<Atom>
    {
        public override Atom Build(SiteSnapshot snapshot) => new(options.Value.BaseUrl is { } origin ? Write(snapshot, origin, attribution.Value) : null);
    }

    /// <summary>Every update of every published page, newest first (pages in title order within a day).</summary>
    public static IReadOnlyList<(ContentDocument Page, PageChange Change)> Updates(ContentSnapshot content) =>
    [
        .. content.Documents
            .SelectMany(page => page.Meta.ChangesNewestFirst.Select(change => (Page: page, Change: change)))
            .OrderByDescending(u => u.Change.Date)
            .ThenBy(u => u.Page.Title, StringComparer.Ordinal),
    ];

    public static string Write(SiteSnapshot site, string origin, AttributionOptions attribution)
    {
        var updates = Updates(site.Content);
        var newest = updates.Select(u => u.Change.Date).FirstOrDefault()
            ?? site.Content.Documents.Max(d => d.Meta.Reviewed)
            ?? DateTime.UnixEpoch;
        var feed = new SyndicationFeed(
            $"{attribution.SiteName}: updates",
            "What has changed in the toolkit's pages, newest first.",
            new Uri(origin + RouteTable.HomePath),
            origin + RouteTable.FeedPath,
            AtUtc(newest))
        {
            Copyright = new TextSyndicationContent(attribution.CopyrightNotice),
            Items = updates.Select(u => Entry(u.Page, u.Change, origin, attribution)).ToList(),
        };
        feed.Authors.Add(new SyndicationPerson { Name = attribution.Organisation, Uri = attribution.WebsiteUrl });
        feed.Links.Add(new SyndicationLink(new Uri(origin + RouteTable.FeedPath), "self", feed.Title.Text, "application/atom+xml", 0));
        feed.Links.Add(WebsiteLink(attribution));

        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }

        // StringBuilder output says utf-16; the response is UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
    }

    private static SyndicationItem Entry(ContentDocument page, PageChange change, string origin, AttributionOptions attribution)
    {
        var address = new Uri(origin + page.Url);
        var day = change.Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var summary = change.Summary!.Trim();
        var item = new SyndicationItem
        {
            // The page and the day, and which of that day's updates it is: not its words, so mending a typo in a
            // summary changes the entry rather than making a new one.
            Id = $"{address}#update-{day}-{SameDayOrdinal(page, change)}",
            Title = new TextSyndicationContent(page.Title),
            Summary = new TextSyndicationContent(summary),
            LastUpdatedTime = AtUtc(change.Date.Value),
            PublishDate = AtUtc(change.Date.Value),
            Copyright = new TextSyndicationContent(attribution.CopyrightNotice),
            Content = new TextSyndicationContent(
                $"<p>{WebUtility.HtmlEncode(summary)}</p>" +
                $"<p>{WebUtility.HtmlEncode(attribution.ShortNotice)} <a href=\"{WebUtility.HtmlEncode(attribution.WebsiteUrl)}\">{WebUtility.HtmlEncode(attribution.WebsiteLabel)}</a></p>",
                TextSyndicationContentKind.Html),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(address, "text/html"));
        item.Links.Add(WebsiteLink(attribution));
        return item;
    }

    private static SyndicationLink WebsiteLink(AttributionOptions attribution) =>
        new(new Uri(attribution.WebsiteUrl), "related", "Informing Futures website", "text/html", 0);

    private static DateTimeOffset AtUtc(DateTime day) => new(DateTime.SpecifyKind(day, DateTimeKind.Utc));

    // Two updates on one day need different ids, and an id must not change between builds (string.GetHashCode does).
    /// <summary>
    /// 1 for a page's only (or earliest written) update of its day, 2 for the next: counted from the end of the
    /// file's list, as editors add new entries at the top.
    /// </summary>
    private static int SameDayOrdinal(ContentDocument page, PageChange change) =>
        (page.Meta.Changes ?? []).Reverse().Where(c => c.Date == change.Date).TakeWhile(c => !ReferenceEquals(c, change)).Count() + 1;
}
