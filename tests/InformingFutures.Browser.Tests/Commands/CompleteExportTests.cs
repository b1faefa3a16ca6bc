using AngleSharp.Html.Parser;
using InformingFutures.Web.Commands;
using InformingFutures.Web.Pdf;

namespace InformingFutures.Browser.Tests.Commands;

/// <summary>
/// The one command an operator runs for GitHub Pages, `export &lt;folder&gt; --base-url https://…github.io/project`: a
/// complete copy with every page's PDF, QR codes, share cards, sitemap and robots.txt under the project site's path.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CompleteExportTests(BrowserSite site)
{
    [QrFact]
    public void OneCommandMakesACompleteCopyForAProjectSiteReusingCurrentPdfs()
    {
        Assert.True(RepoPdfs.Command.ExitCode == 0, RepoPdfs.Command.Output); // printed for the same address
        var folder = Path.Combine(Path.GetTempPath(), "if-complete-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, output) = StaticExport.RunCommand("export", null,
                new Dictionary<string, string> { ["Pdf__Folder"] = RepoPdfs.Folder, ["Pdf__Chromium"] = Chromium.ExecutablePath },
                folder, "--base-url", RepoSiteFactory.PublicUrl);

            var withPdfs = site.Routes.All.Where(r => r.HasPdf).ToList();
            Assert.True(exitCode == 0, output);
            // What was printed for this address and still matches is kept, not printed again.
            Assert.Contains($"and {withPdfs.Count} PDFs (", output);
            Assert.Contains($"; 0 printed, {withPdfs.Count} unchanged)", output);

            var parser = new HtmlParser();
            foreach (var page in withPdfs)
            {
                var file = Path.Combine(folder, StaticExportCommand.FileFor(page.Path));
                var link = parser.ParseDocument(File.ReadAllText(file)).QuerySelector("a.pdf-download")?.GetAttribute("href");
                Assert.True(link is not null, $"{page.Path}: no Download PDF link in the export");
                var pdf = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, link));
                Assert.StartsWith("%PDF-", File.ReadAllText(pdf)[..5]);
            }

            // A participant's phone reads the sheet's code and lands on the page under the project site's path.
            var team = Path.Combine(folder, "pdf", "reflective-practice", "team.pdf");
            Assert.Equal([RepoSiteFactory.PublicUrl + "/reflective-practice/team"], QrReader.Decode(QrReader.RenderSheet(team, 1, dpi: 300)));
            Assert.Contains($"<loc>{RepoSiteFactory.PublicUrl}/reflective-practice/team</loc>", File.ReadAllText(Path.Combine(folder, "sitemap.xml")));
            Assert.EndsWith($"Sitemap: {RepoSiteFactory.PublicUrl}/sitemap.xml\n", File.ReadAllText(Path.Combine(folder, "robots.txt")));
            Assert.True(File.Exists(Path.Combine(folder, ".nojekyll")));
            Assert.StartsWith("/* Copyright© 2020.", File.ReadAllText(Path.Combine(folder, "search-index.js")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [PrintFact]
    public void PrintingForAnotherAddressLeavesTheSitesPdfLinksAlone()
    {
        Assert.True(RepoPdfs.Command.ExitCode == 0, RepoPdfs.Command.Output);
        var folder = Path.Combine(Path.GetTempPath(), "if-other-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            // An export of other content for another address, into the very PDF folder the site serves from.
            var (exitCode, output) = StaticExport.RunCommand("export", TestPaths.Fixture("editorial"),
                new Dictionary<string, string> { ["Pdf__Folder"] = RepoPdfs.Folder, ["Pdf__Chromium"] = Chromium.ExecutablePath },
                folder, "--base-url", "https://other.example.org");
            Assert.True(exitCode == 0, output);
            Assert.Matches(@"and [1-9]\d* PDFs \(", output);

            // The site, started afresh on that folder, still links every one of its PDFs.
            var (fresh, _) = BrowserSite.StartSite(TestPaths.RepoContent, RepoSiteFactory.PublicUrl, pdfFolder: RepoPdfs.Folder);
            using (fresh)
            {
                var snapshot = fresh.Services.GetRequiredService<LiveSnapshot>().Current;
                Assert.Equal(snapshot.Routes.All.Where(r => r.HasPdf).Select(r => RouteTable.PdfPath(r.Path)).Order(), snapshot.Pdfs.All.Select(p => p.Address).Order());
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
