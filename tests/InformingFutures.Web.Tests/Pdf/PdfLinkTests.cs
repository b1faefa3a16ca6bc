using Microsoft.AspNetCore.TestHost;
using InformingFutures.Web.Attribution;
using InformingFutures.Web.Pdf;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Tests.Pdf;

/// <summary>
/// The site links and serves a page's PDF only while it matches the content served. These tests write the PDF folder
/// as the pdf command does (files, then the manifest) with stand-in files, so they need no browser; the printed PDFs
/// themselves are checked by the browser suite (PdfFileTests).
/// </summary>
public sealed class PdfLinkTests : IDisposable
{
    private readonly TempContent _content = new("good");
    private readonly string _pdfRoot = Directory.CreateTempSubdirectory("if-pdfs-").FullName;

    /// <summary>The set printed for the tests' public address, inside the PDF folder.</summary>
    private string _pdfs => Path.Combine(_pdfRoot, PdfOptions.AddressFolder(RepoSiteFactory.PublicUrl));

    public void Dispose()
    {
        _content.Dispose();
        Directory.Delete(_pdfRoot, recursive: true);
    }

    private ToolkitFactory Site(string environment = "Production", string? publicUrl = RepoSiteFactory.PublicUrl, CapturingLoggerProvider? log = null) =>
        new(_content.Root, environment, b => b.UseSetting("Pdf:Folder", _pdfRoot).UseSetting("Site:PublicUrl", publicUrl)
            .ConfigureTestServices(s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(log ?? new CapturingLoggerProvider())));

    /// <summary>Writes a stand-in PDF of <paramref name="bytes"/> bytes for each page, with the digest the pdf command would record now.</summary>
    private void Print(ToolkitFactory site, int bytes, params string[] pages)
    {
        var snapshot = site.Services.GetRequiredService<LiveSnapshot>().Current;
        var digest = new PdfDigest(snapshot);
        var folder = site.Services.GetRequiredService<PdfFiles.Part>().Folder;
        var entries = pages.Select(page =>
        {
            var file = page.Trim('/') + ".pdf";
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, file))!);
            File.WriteAllBytes(Path.Combine(folder, file), [.. "%PDF-1.4\n"u8, .. new byte[bytes - 9]]);
            return new PdfManifestEntry(page, file, 2, bytes, digest.Of(snapshot.Routes.Find(page)!));
        }).ToList();
        new PdfManifest(entries).Write(folder);
    }

    private static async Task<string?> LinkOn(ToolkitFactory site, string page)
    {
        var (_, html) = await site.GetHtmlAsync(page);
        return html.QuerySelector("a.pdf-download") is { } link ? $"{link.GetAttribute("href")} {link.TextContent.Trim()}" : null;
    }

    /// <summary>Downloads say what each file is, and never collide as present.pdf, present (2).pdf…</summary>
    [Fact]
    public async Task EachDownloadIsNamedForWhatItIs()
    {
        using var site = Site();
        string[] pages = ["/alpha/first", "/alpha/first/present", "/alpha/present", "/alpha/handout"];
        Print(site, 1_000, pages);
        Assert.True(await ContentTestHost.EventuallyAsync(async () => await LinkOn(site, "/alpha/first") is not null, TimeSpan.FromSeconds(30)));

        var names = new List<string?>();
        foreach (var page in pages)
        {
            var (_, html) = await site.GetHtmlAsync(page);
            names.Add(html.QuerySelector("a.pdf-download")?.GetAttribute("download"));
        }

        Assert.Equal(["first-model-informing-futures.pdf", "first-model-slides-informing-futures.pdf", "alpha-overview-slides-informing-futures.pdf", "alpha-overview-handout-informing-futures.pdf"], names);
    }

    [Fact]
    public async Task APdfThatMatchesItsPageIsLinkedWithItsFactsAndServedAsAnAttachment()
    {
        using var site = Site();
        Print(site, 86_000, "/alpha/first");

        Assert.True(await ContentTestHost.EventuallyAsync(async () => await LinkOn(site, "/alpha/first") is not null, TimeSpan.FromSeconds(30)));
        Assert.Equal("/pdf/alpha/first.pdf Download PDF of First model (PDF, 2 pages, 84 KB)", await LinkOn(site, "/alpha/first"));
        Assert.Null(await LinkOn(site, "/alpha/second")); // never printed: no link

        var response = await site.CreatePlainClient().GetAsync("/pdf/alpha/first.pdf");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(86_000, (await response.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await site.CreatePlainClient().GetAsync("/pdf/alpha/second.pdf")).StatusCode);
    }

    [Fact]
    public async Task AnEditTakesItsSectionsPdfLinksAwayAndSaysSoAndTheFilesAnswer404UntilTheyArePrintedAgain()
    {
        var log = new CapturingLoggerProvider();
        using var site = Site("Development", log: log);
        Print(site, 2_000, "/alpha/first", "/alpha/handout", "/alpha/first/present");
        Assert.True(await ContentTestHost.EventuallyAsync(async () => await LinkOn(site, "/alpha/handout") is not null, TimeSpan.FromSeconds(30)));

        // The editor saves a change to another page of the section: the handout shows it, so its PDF is stale too.
        _content.Write("alpha/second.md", File.ReadAllText(_content.PathOf("alpha/second.md")) + "\nA sentence added today.\n");

        var client = site.CreatePlainClient();
        Assert.True(await ContentTestHost.EventuallyAsync(async () => await LinkOn(site, "/alpha/handout") is null, TimeSpan.FromSeconds(30)),
            "the handout still links a PDF printed before the edit");
        foreach (var (page, pdf) in new[] { ("/alpha/first", "/pdf/alpha/first.pdf"), ("/alpha/handout", "/pdf/alpha/handout.pdf"), ("/alpha/first/present", "/pdf/alpha/first/present.pdf") })
        {
            Assert.Null(await LinkOn(site, page));
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(pdf)).StatusCode);
            // The editor previewing is told where the link went, and why.
            var (_, html) = await site.GetHtmlAsync(page);
            Assert.Equal("No Download PDF link: this page changed since its PDF was printed; run the pdf command to print it again", html.QuerySelector(".pdf-withdrawn")?.TextContent);
        }

        Assert.Contains(log.Messages, m => m == "The PDFs of /alpha/first, /alpha/first/present, /alpha/handout were printed before the pages last changed, so their Download PDF links are withdrawn; run the pdf command to print them again");

        // Printed again from the content as it is now: linked again.
        Print(site, 2_000, "/alpha/handout");
        Assert.True(await ContentTestHost.EventuallyAsync(async () => await LinkOn(site, "/alpha/handout") is not null, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task AManifestCannotPointOutsideItsFolderNorVouchForAFileOfAnotherSize()
    {
        using var site = Site();
        Print(site, 3_000, "/alpha/first", "/alpha/second");
        var outside = Path.Combine(Path.GetTempPath(), $"if-outside-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(outside, new byte[3_000]);
        var manifest = PdfManifest.Read(_pdfs);
        var before = site.Services.GetRequiredService<LiveSnapshot>().Current.Pdfs;
        new PdfManifest([
            manifest.Files[0] with { File = Path.GetRelativePath(_pdfs, outside) },
            manifest.Files[1] with { Bytes = 2_999 },
            manifest.Files[1] with { Page = "/../../etc/passwd" },
        ]).Write(_pdfs);
        // The reload the manifest causes: its snapshot's PDF list is a new one.
        Assert.True(await ContentTestHost.EventuallyAsync(() => Task.FromResult(!ReferenceEquals(before, site.Services.GetRequiredService<LiveSnapshot>().Current.Pdfs)), TimeSpan.FromSeconds(30)));

        try
        {
            Assert.Null(await LinkOn(site, "/alpha/first"));
            Assert.Null(await LinkOn(site, "/alpha/second"));
            Assert.Empty(site.Services.GetRequiredService<LiveSnapshot>().Current.Pdfs.All);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task TheOfflineCopyStoresAPdfButNeitherTheSitemapNorTheRouteTablesPagesListIt()
    {
        using var site = Site();
        Print(site, 1_000, "/alpha/first");
        Assert.True(await ContentTestHost.EventuallyAsync(async () => await LinkOn(site, "/alpha/first") is not null, TimeSpan.FromSeconds(30)));

        var sitemap = await site.CreatePlainClient().GetStringAsync("/sitemap.xml");
        Assert.DoesNotContain(".pdf", sitemap);
        // The offline copy stores it, as it stores the page that links it.
        Assert.Contains("\"/pdf/alpha/first.pdf\"", await site.CreatePlainClient().GetStringAsync("/sw.js"));
        Assert.DoesNotContain(site.Services.GetRequiredService<LiveSnapshot>().Current.Routes.Listed, r => r.Path.EndsWith(".pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheExportCarriesEachCurrentPdfByteForByteAndLinksItFromItsPage()
    {
        using (var site = Site(publicUrl: null)) // the export's settings: no public address
        {
            Print(site, 5_000, "/alpha/first", "/alpha/handout");
        }

        var export = Path.Combine(Path.GetTempPath(), "if-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, output) = StaticExport.RunCommand("export", _content.Root, new Dictionary<string, string> { ["Pdf__Folder"] = _pdfRoot }, export);
            Assert.True(exitCode == 0, output);

            foreach (var (page, file) in new[] { ("alpha/first/index.html", "pdf/alpha/first.pdf"), ("alpha/handout/index.html", "pdf/alpha/handout.pdf") })
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(_pdfRoot, "no-address", file[4..])), File.ReadAllBytes(Path.Combine(export, file)));
                Assert.Contains($"href=\"../../{file}\"", File.ReadAllText(Path.Combine(export, page)));
            }

            Assert.False(File.Exists(Path.Combine(export, "pdf", "alpha", "second.pdf")));
            Assert.DoesNotContain(".pdf", File.ReadAllText(Path.Combine(export, "alpha", "second", "index.html")).Replace("application/pdf", ""));
        }
        finally
        {
            if (Directory.Exists(export))
            {
                Directory.Delete(export, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData(1, 900, "PDF, 1 page, 900 bytes")]
    [InlineData(2, 86_000, "PDF, 2 pages, 84 KB")]
    [InlineData(12, 1_572_864, "PDF, 12 pages, 1.5 MB")]
    public void TheLinkSaysWhatTheFileIsInGovUkStyle(int pages, long bytes, string facts) =>
        Assert.Equal(facts, new PdfFile("/pdf/a.pdf", "/tmp/a.pdf", pages, bytes).Facts);
}
