using System.Xml.Linq;
using Microsoft.AspNetCore.TestHost;

namespace InformingFutures.Web.Tests.Pages;

[Collection(SiteCollection.Name)]
public sealed class NavigationAndMetadataTests(RepoSiteFactory site)
{
    [Fact]
    public async Task ModelPagesLinkToThePreviousAndNextPageOfTheResource()
    {
        var (_, html) = await site.GetHtmlAsync("/reflective-practice/organisational");

        Assert.Equal("/reflective-practice/team", html.QuerySelector("nav.pagination a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/reflective-practice/multi-agency", html.QuerySelector("nav.pagination a[rel=next]")?.GetAttribute("href"));
        Assert.Equal(
            ["Models of Reflective Practice", "Team Reflective Practice", "Organisational Reflective Practice", "Multi Agency Reflective Practice"],
            html.QuerySelectorAll("nav.section-contents li").Select(li => li.TextContent.Trim()));
        Assert.Equal("Organisational Reflective Practice", html.QuerySelector("nav.section-contents li[aria-current=page]")?.TextContent.Trim());
    }

    [Fact]
    public async Task NoPageOfTheRepositorysContentClaimsAReviewTheCharityNeverRecorded()
    {
        foreach (var route in site.Services.GetRequiredService<LiveSnapshot>().Current.Routes.Listed)
        {
            var (_, html) = await site.GetHtmlAsync(route.Path);
            var text = html.Body!.TextContent;
            Assert.DoesNotContain("Last reviewed", text);
            Assert.DoesNotContain("last reviewed", text);
            Assert.DoesNotContain("no updates since publication", text);
        }
    }

    [Fact]
    public async Task TheCitationGivesThePageAndLeavesTheAccessedDateToTheReadersBrowser()
    {
        var (_, html) = await site.GetHtmlAsync("/reflective-practice/team");

        var citation = html.GetElementById("citation")!;
        Assert.Equal("1625 Independent People (2020) Models of Reflective Practice: Team Reflective Practice. Informing Futures toolkit. Available at: https://charity.github.io/informing-futures/reflective-practice/team.", citation.TextContent);
        Assert.NotNull(citation.QuerySelector("span[data-accessed-on]"));
    }

    [Fact]
    public async Task APageWithARecordedReviewShowsItsDatesAndOnceOverdueACalmNotice()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        using var fixture = new ToolkitFactory(TestPaths.Fixture("editorial"), configure: b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));

        var (_, html) = await fixture.GetHtmlAsync("/guide/supervision");
        Assert.Equal(["Last updated: 20 November 2026", "Last reviewed: 1 October 2026", "Next review due: 1 October 2027"],
            html.QuerySelectorAll(".review-dates div").Select(d => string.Join(' ', d.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        Assert.Null(html.QuerySelector(".review-notice"));

        using var later = new ToolkitFactory(TestPaths.Fixture("editorial"), configure: b => b.ConfigureTestServices(s =>
            s.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2027, 10, 2, 9, 0, 0, TimeSpan.Zero)))));
        (_, html) = await later.GetHtmlAsync("/guide/supervision");
        Assert.Contains("This page is due for review.", html.QuerySelector(".review-notice")?.TextContent);
    }

    [Fact]
    public async Task SitemapListsEveryContentPage()
    {
        var xml = XDocument.Parse(await site.CreatePlainClient().GetStringAsync("/sitemap.xml"));
        var locations = xml.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(l => l.Value).ToList();

        var snapshot = site.Services.GetRequiredService<LiveSnapshot>().Current;
        Assert.All(snapshot.Content.Documents, d => Assert.Contains(RepoSiteFactory.PublicUrl + d.Url, locations));
        Assert.Contains(RepoSiteFactory.PublicUrl + "/about", locations);
        Assert.Equal(snapshot.Routes.Listed.Select(r => RepoSiteFactory.PublicUrl + r.Path), locations);
    }

    /// <summary>A page claims only its own dates: its section's review is not its own.</summary>
    [Fact]
    public async Task TheSitemapDatesAPageOnlyByItsOwnReviewOrUpdate()
    {
        using var content = new TempContent("good");
        content.Write("alpha/index.md", "---\ntitle: Alpha\nsummary: S.\nreviewed: 2026-05-01\n---\n\nText.\n");
        content.Write("alpha/undated.md", "---\ntitle: Undated\nsummary: S.\n---\n\nText.\n");
        content.Write("alpha/reviewed.md", "---\ntitle: Reviewed\nsummary: S.\nreviewed: 2026-03-02\n---\n\nText.\n");
        using var withDates = ToolkitFactory.OnClock(content.Root, TimeProvider.System);
        var xml = XDocument.Parse(await withDates.CreatePlainClient().GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        string? LastModified(string path) => xml.Descendants(ns + "url").Single(u => u.Element(ns + "loc")!.Value == RepoSiteFactory.PublicUrl + path).Element(ns + "lastmod")?.Value;

        Assert.Equal("2026-05-01", LastModified("/alpha"));
        Assert.Equal("2026-03-02", LastModified("/alpha/reviewed"));
        Assert.Null(LastModified("/alpha/undated"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/reflective-practice")]
    [InlineData("/reflective-practice/team")]
    [InlineData("/reflective-practice/handout")]
    [InlineData("/about")]
    [InlineData("/accessibility")]
    [InlineData("/no-such-page")]
    public async Task EveryPageHasAMeaningfulTitleDescriptionAndOpenGraphTags(string url)
    {
        var (_, html) = await site.GetHtmlAsync(url);

        Assert.EndsWith("Informing Futures toolkit", html.Title);
        Assert.False(string.IsNullOrWhiteSpace(html.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        foreach (var property in new[] { "og:title", "og:description", "og:type", "og:site_name" })
        {
            Assert.False(string.IsNullOrWhiteSpace(html.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")), $"{url} lacks {property}");
        }

        // A page's own address, from Site:PublicUrl; an unknown address has none.
        var expectedUrl = url == "/no-such-page" ? null : RepoSiteFactory.PublicUrl + url;
        Assert.Equal(expectedUrl, html.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        // A shared link shows the page's own card, served by this site.
        if (expectedUrl is not null)
        {
            var image = html.QuerySelector("meta[property='og:image']")?.GetAttribute("content");
            Assert.StartsWith(RepoSiteFactory.PublicUrl + RouteTable.ShareCardPrefix, image);
            Assert.Equal("summary_large_image", html.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
            using var served = await site.CreatePlainClient().GetAsync(image![RepoSiteFactory.PublicUrl.Length..]);
            Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task AFooterLinksOnlyToPagesAboutTheSiteThatTheContentHas()
    {
        using var content = new TempContent("editorial");
        using var fixture = new ToolkitFactory(content.Root);
        var client = fixture.CreatePlainClient();
        var footer = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/guide/supervision")).QuerySelector("footer")!;
        Assert.Equal([RouteTable.AboutPath], footer.QuerySelectorAll(".footer-links a").Select(a => a.GetAttribute("href")));

        content.Write("help/index.md", "---\ntitle: Getting help with this site\nsummary: Who to ask.\ntype: site\n---\n\nAsk us.\n");
        Assert.True(await ContentTestHost.EventuallyAsync(() => fixture.Services.GetRequiredService<LiveSnapshot>().Current.Routes.Find("/help") is not null, TimeSpan.FromSeconds(30)));
        footer = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/guide/supervision")).QuerySelector("footer")!;

        Assert.Equal([RouteTable.AboutPath, "/help"], footer.QuerySelectorAll(".footer-links a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Getting help with this site", footer.QuerySelector(".footer-links a[href='/help']")!.TextContent);
    }

    [Fact]
    public async Task AccessibilityStatementIsLinkedFromEveryFooterAndFollowsTheGovUkStructure()
    {
        var (_, home) = await site.GetHtmlAsync("/");
        Assert.NotNull(home.QuerySelector("footer a[href='/accessibility']"));

        var (response, html) = await site.GetHtmlAsync("/accessibility");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var headings = html.QuerySelectorAll("main h2, main h3").Select(h => h.TextContent).ToList();
        Assert.Contains("How accessible this website is", headings);
        Assert.Contains("Feedback and contact information", headings);
        Assert.Contains("Reporting accessibility problems with this website", headings);
        Assert.Contains("Enforcement procedure", headings);
        Assert.Contains("Technical information about this website's accessibility", headings);
        Assert.Contains("Compliance status", headings);
        Assert.Contains("Preparation of this accessibility statement", headings);
        Assert.Null(html.QuerySelector(".page-tools")); // a page about the site, not a resource to present
        Assert.DoesNotContain(home.QuerySelectorAll(".resource-list a"), a => a.GetAttribute("href") == "/accessibility");
    }

    [Fact]
    public async Task HeaderHasALabelledSearchBox()
    {
        var (_, html) = await site.GetHtmlAsync("/reflective-practice");

        var form = html.QuerySelector("header form[role=search]");
        Assert.Equal("/search", form?.GetAttribute("action"));
        Assert.Equal("Search the toolkit", form?.QuerySelector("label[for=site-search-q]")?.TextContent);
        Assert.Equal("q", form?.QuerySelector("input#site-search-q")?.GetAttribute("name"));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
