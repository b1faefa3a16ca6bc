using InformingFutures.Web.Commands;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace InformingFutures.Web.Tests.Site;

/// <summary>The route table is the one list of addresses: what it lists is served, and nothing else is.</summary>
[Collection(SiteCollection.Name)]
public sealed class RouteTableTests(RepoSiteFactory site)
{
    private RouteTable Routes => site.Services.GetRequiredService<LiveSnapshot>().Current.Routes;

    [Fact]
    public async Task EveryAddressInTheTableIsServedAndEveryPageCarriesTheAttribution()
    {
        using var client = site.CreatePlainClient();
        foreach (var route in Routes.All)
        {
            var (response, html) = await site.GetHtmlAsync(route.Path, client);
            // Status pages render answers to other requests; asked for directly, they are not found.
            var expected = route.Kind == RouteKind.Status ? HttpStatusCode.NotFound : HttpStatusCode.OK;
            Assert.True(expected == response.StatusCode, $"{route.Path} ({route.Kind}) answered {(int)response.StatusCode}, expected {(int)expected}");
            if (route.IsHtmlPage || route.Kind == RouteKind.Status)
            {
                AttributionAssert.Carries(html, route.Path);
            }
        }

        // Whatever the content folder holds: each of its pages is listed, so it is in the sitemap and the export.
        Assert.All(site.Services.GetRequiredService<LiveSnapshot>().Current.Content.Documents, d => Assert.True(Routes.Find(d.Url)?.IsListed, $"{d.Url} is not listed"));
    }

    [Fact]
    public void EveryEndpointOfTheAppServesOnlyAddressesInTheTable()
    {
        var unmatched = new List<string>();
        foreach (var endpoint in site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var raw = endpoint.RoutePattern.RawText ?? "";
            // Pages have no address of their own: they are reached only through the route table's transformer.
            // PDFs are files, served only while one matches its page (PdfFiles), which the table cannot know.
            if (IsStaticAsset(endpoint) || endpoint.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching == true
                || raw == RouteTablePages.Pattern || raw == RouteTable.PdfPrefix + "{**page}")
            {
                continue;
            }

            var matcher = new TemplateMatcher(TemplateParser.Parse(raw.TrimStart('/')), new RouteValueDictionary());
            if (!Routes.All.Any(r => matcher.TryMatch(r.Path, new RouteValueDictionary())))
            {
                unmatched.Add(raw);
            }
        }

        Assert.Empty(unmatched);
    }

    [Theory]
    [InlineData("/present")] // the home page has no deck
    [InlineData("/accessibility/present")] // nor has a page about the site
    [InlineData("/accessibility/handout")]
    [InlineData("/reflective-practice/team/handout")]
    [InlineData("/no-such-page")]
    [InlineData("/reflective-practice/no-such-model")]
    [InlineData("/no-such-file.txt")]
    [InlineData("/Index")] // pages' file names are no addresses
    [InlineData("/Content")]
    [InlineData("/Present")]
    [InlineData("/StatusCode")]
    public async Task AddressesOutsideTheTableAreNotFound(string path)
    {
        Assert.Null(Routes.Find(path));
        var (response, html) = await site.GetHtmlAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AttributionAssert.Carries(html, path);
    }

    [Fact]
    public void TheSitemapAndTheExportListTheSamePagesAsTheTable()
    {
        // Plus the error page and the search page, which answers from the export's index.
        var listed = Routes.Listed.Select(r => StaticExportCommand.FileFor(r.Path)).Append("404.html").Append("search/index.html").Order(StringComparer.Ordinal);
        var exported = Directory.GetFiles(StaticExport.Folder, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(StaticExport.Folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

        Assert.Equal(listed, exported);
    }

    [Fact]
    public async Task TheCheckerAcceptsALinkExactlyWhenTheSiteServesIt()
    {
        using var content = new TempContent("good");
        string[] candidates =
        [
            .. Routes.All.Where(r => r.Kind != RouteKind.Status).Select(r => r.Path), "/present", "/alpha/present", "/alpha/first/present", "/alpha/handout",
            "/alpha/first/handout", "/alpha/missing", "/accessibility/present", "/status/404", "/healthz", "/sitemap.xml", "/feed.xml",
            "/print-footer/alpha/first.css", "/about", "/search", "/search?q=x", "/alpha/#top", "/alpha/first?x=1",
        ];
        content.Write("alpha/links.md", "---\ntitle: Links\nsummary: Links to everywhere.\n---\n\n" +
            string.Join("\n\n", candidates.Select(c => $"[to {c}]({c})")) + "\n");
        using var fixture = new ToolkitFactory(content.Root, configure: b => b.UseSetting("Site:PublicUrl", RepoSiteFactory.PublicUrl));
        using var client = fixture.CreateClient(); // follows redirects: "/alpha/" is served as "/alpha"
        var problems = fixture.Services.GetRequiredService<LiveSnapshot>().Current.Content.Problems
            .Where(p => p.Path == "alpha/links.md").Select(p => p.Message).ToList();

        var disagreements = new List<string>();
        foreach (var link in candidates.Distinct())
        {
            var accepted = !problems.Any(p => p.StartsWith($"link to '{link}'", StringComparison.Ordinal));
            using var response = await client.GetAsync(link);
            var served = response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType is "text/html" or "application/xml" or "application/atom+xml";
            if (accepted != served)
            {
                disagreements.Add($"{link}: checker {(accepted ? "accepts" : "refuses")} it, site answers {(int)response.StatusCode}");
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public void AnOverlongLinkIsReportedShortenedWhereItIsAndThePageStillPublished()
    {
        using var content = new TempContent("good");
        var tooLong = "/" + new string('a', 70_000);
        content.Write("alpha/odd-link.md", $"---\ntitle: Odd link\nsummary: S.\n---\n\nSee [this]({tooLong}).\n");
        using var fixture = new TestSite(content.Root);

        var problem = Assert.Single(fixture.Current.Problems, p => p.Path == "alpha/odd-link.md");

        Assert.Equal($"alpha/odd-link.md:6:5: error: link to '{tooLong[..80]}…' goes to {tooLong[..80]}…, which is not a page of this site", problem.ToString());
        Assert.NotNull(fixture.Current.Find("alpha", "odd-link"));
    }

    private static bool IsStaticAsset(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().FullName?.Contains("StaticAsset", StringComparison.Ordinal) == true)
        || endpoint.RoutePattern.RawText?.Contains(":file}", StringComparison.Ordinal) == true;
}
