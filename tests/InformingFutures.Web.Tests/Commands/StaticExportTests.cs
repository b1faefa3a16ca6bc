using AngleSharp.Html.Parser;

namespace InformingFutures.Web.Tests.Commands;

public sealed class StaticExportTests
{
    private static readonly string[] ExpectedPages =
    [
        "index.html", "404.html", "about/index.html", "accessibility/index.html", "reflective-practice/index.html",
        "reflective-practice/handout/index.html", "reflective-practice/present/index.html",
        "reflective-practice/team/index.html", "reflective-practice/team/present/index.html",
        "reflective-practice/organisational/index.html", "reflective-practice/multi-agency/index.html",
    ];

    [Fact]
    public void EveryRouteIsExportedAndEveryPageCarriesTheAttribution()
    {
        var folder = StaticExport.Folder;
        var pages = Directory.GetFiles(folder, "*.html", SearchOption.AllDirectories);

        Assert.All(ExpectedPages, page => Assert.True(File.Exists(Path.Combine(folder, page)), $"{page} was not exported"));
        foreach (var page in pages)
        {
            var html = new HtmlParser().ParseDocument(File.ReadAllText(page));
            var name = Path.GetRelativePath(folder, page);
            Assert.True(html.QuerySelector("footer[data-attribution]")?.TextContent.Contains(SourceText.CopyrightNotice) == true, $"{name}: no notice");
            Assert.True(html.QuerySelector($"footer[data-attribution] a[href='{SourceText.WebsiteUrl}']") is not null, $"{name}: no website link");
        }
    }

    [Fact]
    public void EveryLinkIsRelativeAndLeadsToAnExportedFile()
    {
        var folder = StaticExport.Folder;
        var problems = new List<string>();
        foreach (var page in Directory.GetFiles(folder, "*.html", SearchOption.AllDirectories))
        {
            var html = new HtmlParser().ParseDocument(File.ReadAllText(page));
            var name = Path.GetRelativePath(folder, page);
            foreach (var element in html.QuerySelectorAll("[href], [src], [data-return-url], form[action]"))
            {
                var value = element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("data-return-url") ?? element.GetAttribute("action")!;
                if (value.StartsWith('#') || value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith("https://", StringComparison.Ordinal) || value.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                if (value.StartsWith('/'))
                {
                    problems.Add($"{name}: absolute path {value}");
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, value.Split('#', '?')[0]));
                if (!File.Exists(target))
                {
                    problems.Add($"{name}: {value} leads nowhere");
                }
            }

            // Search answers from the prebuilt index, so its boxes wait for JavaScript (site.js shows them).
            Assert.All(html.QuerySelectorAll("form[action]"), form => Assert.True(form.HasAttribute("hidden") && form.HasAttribute("data-static-search"), name));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void TheExportCarriesTheSearchIndexAsAScriptForItsSearchPage()
    {
        var index = File.ReadAllText(Path.Combine(StaticExport.Folder, "search-index.js"));
        var search = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(StaticExport.Folder, "search", "index.html")));

        // Every page's text is in it, so it carries the charity's notice and website, as every copy must.
        Assert.StartsWith("/* Copyright© 2020. Informing Futures is a 1625 Independent People project.", index);
        Assert.Contains("www.informingfutures.co.uk (http://www.informingfutures.co.uk).", index.Split('\n')[0]);
        Assert.StartsWith("window.toolkitSearchIndex = {", index.Split('\n')[1]);
        Assert.Contains("\"url\":\"/reflective-practice/organisational\"", index);
        Assert.NotNull(search.QuerySelector("[data-search-results]"));
        // The index, the stemmer and the search, in that order, each a file of the export.
        var scripts = search.QuerySelectorAll("head script[defer]").Select(s => s.GetAttribute("src")!).Where(src => src.Contains("search") || src.Contains("porter2")).ToList();
        Assert.Equal(["../search-index.js", "porter2", "search"], scripts.Select((src, i) => i == 0 ? src : src.Split('/')[^1].Split('.')[0]));
        Assert.All(scripts, script => Assert.True(File.Exists(Path.Combine(StaticExport.Folder, script[3..])), script));
    }

    [Fact]
    public void PrintFootersNameTheSiteAndPageWithoutTheTemporaryServer()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(StaticExport.Folder, "reflective-practice", "team", "index.html")));
        var footer = page.QuerySelector("[data-print-footer]")!.TextContent;

        // Without a public address, paper names the Informing Futures website once, and the page by its title and path.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(footer, "www.informingfutures.co.uk"));
        Assert.Contains("Team Reflective Practice (/reflective-practice/team), Informing Futures toolkit", footer);
        Assert.DoesNotContain("127.0.0.1", footer);
    }

    [Fact]
    public void WithAProjectSitesAddressTheExportHasASitemapRobotsAndFullPageAddressesUnderItsPath()
    {
        const string projectSite = "https://charity.github.io/informing-futures";
        using var target = new TempContent("good"); // any empty-able temporary folder
        var folder = Path.Combine(target.Root, "export");

        StaticExport.Run(folder, "--base-url", projectSite + "/");

        var sitemap = File.ReadAllText(Path.Combine(folder, "sitemap.xml"));
        Assert.Contains($"<loc>{projectSite}/reflective-practice/team</loc>", sitemap);
        Assert.DoesNotContain("127.0.0.1", sitemap);
        Assert.Contains($"<p>{projectSite}/reflective-practice/team</p>", File.ReadAllText(Path.Combine(folder, "reflective-practice", "team", "index.html")));
        Assert.EndsWith($"\nSitemap: {projectSite}/sitemap.xml\n", File.ReadAllText(Path.Combine(folder, "robots.txt")));

        // Every page's share card is in the export, where its og:image says, as a PNG.
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(folder, "index.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var image = parser.ParseDocument(File.ReadAllText(page)).QuerySelector("meta[property='og:image']")?.GetAttribute("content");
            Assert.StartsWith(projectSite + "/", image);
            var file = Path.Combine(folder, image![(projectSite.Length + 1)..]);
            Assert.True(File.Exists(file), $"{page} names {image}, which the export lacks");
            Assert.Equal(PngSignature, File.ReadAllBytes(file)[..8]);
        }
    }

    /// <summary>A static host sends no headers: each page carries the site's policy itself, and GitHub Pages serves every file.</summary>
    [Fact]
    public void EveryExportedPageCarriesTheSitesContentSecurityPolicyAndPagesServesEveryFile()
    {
        var pages = Directory.GetFiles(StaticExport.Folder, "*.html", SearchOption.AllDirectories);

        Assert.True(pages.Length > 10, string.Join(", ", pages));
        Assert.All(pages, page =>
        {
            var policy = new HtmlParser().ParseDocument(File.ReadAllText(page)).QuerySelector("head > meta[http-equiv='Content-Security-Policy']:first-child")?.GetAttribute("content");
            Assert.Equal("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
                "manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'", policy);
        });
        // Without it, GitHub Pages runs Jekyll, which drops files and folders whose names start with "_".
        Assert.True(File.Exists(Path.Combine(StaticExport.Folder, ".nojekyll")));
        Assert.StartsWith("# Informing Futures toolkit. Copyright© 2020. Informing Futures is a 1625 Independent People project. www.informingfutures.co.uk",
            File.ReadAllText(Path.Combine(StaticExport.Folder, "robots.txt")));
    }

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Images are copied byte for byte, not read and written as text: every icon the home page names.</summary>
    [Fact]
    public void TheExportsIconsAreTheSitesBytes()
    {
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(StaticExport.Folder, "index.html")));
        var icons = home.QuerySelectorAll("link[rel=icon], link[rel=apple-touch-icon]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.True(icons.Count >= 3, string.Join(", ", icons));
        var wwwroot = Path.Combine(TestPaths.RepoRoot, "src", "InformingFutures.Web", "wwwroot");
        foreach (var icon in icons)
        {
            // "icons/apple-touch-icon.4wc8ros9u3.png" is the fingerprinted copy of wwwroot's "icons/apple-touch-icon.png".
            var original = System.Text.RegularExpressions.Regex.Replace(icon, @"\.[a-z0-9]{10}(\.[a-z]+)$", "$1");
            Assert.Equal(File.ReadAllBytes(Path.Combine(wwwroot, original)), File.ReadAllBytes(Path.Combine(StaticExport.Folder, icon)));
        }
    }

    [Fact]
    public void TheExportSaysInALineWhatItWroteAndWhere()
    {
        var folder = Path.Combine(Path.GetTempPath(), "if-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, output) = StaticExport.RunAsDocumented(null, folder);
            Assert.True(exitCode == 0, output);

            // `dotnet run` itself says which launch settings it used; the rest is the export's.
            var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), l => !l.StartsWith("Using launch settings", StringComparison.Ordinal));
            Assert.Matches($@"^export: \d+ pages \(with decks and handouts\), search, assets and no PDFs \(Chromium \(/no/chromium/in/this/test\) is not installed: apt-get install chromium, or set Pdf:Chromium\): \d+ files written to {System.Text.RegularExpressions.Regex.Escape(folder)}", line);
            Assert.DoesNotContain("Now listening", output);
            Assert.DoesNotContain("Hosting environment", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
