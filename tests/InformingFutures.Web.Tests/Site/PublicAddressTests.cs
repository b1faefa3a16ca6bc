using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace InformingFutures.Web.Tests.Site;

/// <summary><c>Site:PublicUrl</c> is the only source of absolute addresses; a request's Host header never is.</summary>
public sealed class PublicAddressTests
{
    private const string HostileHost = "evil.example";

    [Theory]
    [InlineData(null)]
    [InlineData(RepoSiteFactory.PublicUrl)]
    public async Task NoResponseOnAnyRouteNamesTheRequestsHost(string? publicUrl)
    {
        using var site = Site(publicUrl);
        var routes = site.Services.GetRequiredService<LiveSnapshot>().Current.Routes.All.Select(r => r.Path)
            .Concat(["/no-such-page", "/reflective-practice/no-such-model", "/search?q=team", "/site.css"]);

        var leaks = new List<string>();
        foreach (var path in routes)
        {
            foreach (var method in new[] { "GET", "HEAD", "POST" })
            {
                var (status, text) = await SendAsync(site, method, path, HostileHost);
                if (text.Contains(HostileHost, StringComparison.OrdinalIgnoreCase))
                {
                    leaks.Add($"{method} {path} ({status})");
                }
            }
        }

        Assert.Empty(leaks);
    }

    [Fact]
    public async Task WithAPublicAddressEveryAbsoluteAddressUsesIt()
    {
        using var site = Site(RepoSiteFactory.PublicUrl);

        var (_, page) = await SendAsync(site, "GET", "/reflective-practice/team", HostileHost);
        var (footer, qr) = PrintFooter(page);
        var (status, sitemap) = await SendAsync(site, "GET", "/sitemap.xml", HostileHost);

        Assert.Contains("<meta property=\"og:url\" content=\"https://charity.github.io/informing-futures/reflective-practice/team\" />", page);
        Assert.Contains("Available at: https://charity.github.io/informing-futures/reflective-practice/team<span data-accessed-on></span>.", page);
        // The page's address once on every sheet, on a line of its own after the stamp.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(footer, "https://charity.github.io/informing-futures/reflective-practice/team"));
        Assert.EndsWith("latest version:\nhttps://charity.github.io/informing-futures/reflective-practice/team", footer);
        Assert.True(qr); // the page's QR code
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<loc>https://charity.github.io/informing-futures/reflective-practice/team</loc>", sitemap);
    }

    [Fact]
    public async Task WithoutAPublicAddressPaperNamesTheWebsiteOnceAndThePageByTitleAndPathAndThereIsNoSitemap()
    {
        using var site = Site(null);

        var (_, page) = await SendAsync(site, "GET", "/reflective-practice/team", HostileHost);
        var (footer, qr) = PrintFooter(page);
        var (status, _) = await SendAsync(site, "GET", "/sitemap.xml", HostileHost);

        Assert.DoesNotContain("og:url", page);
        Assert.Contains("Available at: Informing Futures toolkit, www.informingfutures.co.uk<span data-accessed-on></span>.", page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(footer, "www.informingfutures.co.uk"));
        Assert.EndsWith("latest version:\nTeam Reflective Practice (/reflective-practice/team), Informing Futures toolkit", footer);
        Assert.False(qr); // no QR code without a public address to put in it
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData(RepoSiteFactory.PublicUrl, 0)]
    public void WithoutAPublicAddressStartUpWarnsOnceNamingTheSetting(string? publicUrl, int warnings)
    {
        var log = new CapturingLoggerProvider();
        using var site = Site(publicUrl, b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(log)));

        _ = site.Server; // start the site

        Assert.Equal(warnings, log.Warnings.Count(m => m.Contains("Site:PublicUrl", StringComparison.Ordinal) && m.Contains("Site__PublicUrl", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AnAddressWithAPathIsCarriedByTheCanonicalLinkCardsSitemapAndRobots()
    {
        const string projectSite = "https://charity.github.io/informing-futures";
        using var site = Site(projectSite + "/");
        var client = site.CreateClient();

        var page = await client.GetStringAsync("/reflective-practice/team");
        var sitemap = await client.GetStringAsync(RouteTable.SitemapPath);
        var robots = await client.GetStringAsync("/robots.txt");

        Assert.Contains($"<link rel=\"canonical\" href=\"{projectSite}/reflective-practice/team\"", page);
        Assert.Contains($"<meta property=\"og:image\" content=\"{projectSite}/share-card/reflective-practice/team.png\"", page);
        Assert.Contains($"<loc>{projectSite}/</loc>", sitemap);
        Assert.EndsWith($"User-agent: *\nDisallow:\nSitemap: {projectSite}/sitemap.xml\n", robots);
        Assert.StartsWith("# Informing Futures toolkit. Copyright© 2020.", robots);
    }

    private static ToolkitFactory Site(string? publicUrl, Action<IWebHostBuilder>? configure = null) =>
        new(TestPaths.RepoContent, configure: b =>
        {
            b.UseSetting("Site:PublicUrl", publicUrl ?? "");
            configure?.Invoke(b);
        });

    /// <summary>One request with a chosen Host header; returns the status and the headers and body as one text.</summary>
    private static async Task<(HttpStatusCode Status, string Text)> SendAsync(ToolkitFactory site, string method, string path, string host)
    {
        var query = path.IndexOf('?');
        var context = await site.Server.SendAsync(c =>
        {
            c.Request.Method = method;
            c.Request.Path = query < 0 ? path : path[..query];
            c.Request.QueryString = query < 0 ? default : new Microsoft.AspNetCore.Http.QueryString(path[query..]);
            c.Request.Host = new Microsoft.AspNetCore.Http.HostString(host);
            c.Request.Scheme = "https";
        });
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        var headers = string.Join('\n', context.Response.Headers.Select(h => $"{h.Key}: {h.Value}"));
        return ((HttpStatusCode)context.Response.StatusCode, headers + "\n\n" + body);
    }

    /// <summary>The lines every printed sheet of the page carries, and whether it has a QR code.</summary>
    private static (string Lines, bool HasQrCode) PrintFooter(string page)
    {
        var footer = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("[data-print-footer]")!;
        return (string.Join("\n", footer.QuerySelectorAll("p").Select(p => p.TextContent)), footer.QuerySelector(".print-qr svg") is not null);
    }
}
