using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Xunit.Abstractions;

namespace InformingFutures.Browser.Tests.Pdf;

/// <summary>
/// Every page, handout, deck and slide handout offers a PDF as a practitioner downloads it: the link says how many
/// pages and how big, and the file is tagged, titled, outlined and carries the notice, the address and the QR code
/// back to the page. Read with poppler and zbar, as a PDF reader, a screen reader's tag tree and a phone would.
/// </summary>
public sealed partial class PdfFileTests(PrintedPdfs pdfs, ITestOutputHelper output) : IClassFixture<PrintedPdfs>
{
    private const string Notice = "Copyright© 2020. Informing Futures is a 1625 Independent People project.";

    [GeneratedRegex(@"^\(PDF, (\d+) pages?, (.+)\)$")]
    private static partial Regex Facts();

    private sealed record Download(SiteRoute Page, string Path, int StatedPages, string StatedSize, IHtmlDocument Html, string Title);

    private async Task<List<Download>> DownloadAllAsync()
    {
        Assert.True(pdfs.Command.ExitCode == 0, $"the pdf command failed ({pdfs.Command.ExitCode}): {pdfs.Command.Output}");
        var client = pdfs.Site.CreatePlainClient();
        var downloads = new List<Download>();
        foreach (var page in pdfs.Pages)
        {
            var (_, html) = await pdfs.Site.GetHtmlAsync(page.Path);
            var link = html.QuerySelector("a.pdf-download");
            Assert.True(link is not null, $"{page.Path} has no Download PDF link");
            Assert.Equal(RouteTable.PdfPath(page.Path), link.GetAttribute("href"));
            var facts = Facts().Match(link.QuerySelector(".pdf-facts")!.TextContent.Trim());
            Assert.True(facts.Success, $"{page.Path}: '{link.TextContent}' does not say 'PDF, N pages, size'");

            var bytes = await client.GetByteArrayAsync(link.GetAttribute("href"));
            var path = System.IO.Path.Combine(pdfs.Folder, "downloaded", page.Path.Trim('/').Replace('/', '_') + ".pdf");
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, bytes);
            output.WriteLine($"{page.Path}: {link.TextContent.Trim()} ({bytes.Length:N0} bytes) -> {path}");
            downloads.Add(new Download(page, path, int.Parse(facts.Groups[1].Value), facts.Groups[2].Value, html, html.Title ?? ""));
        }

        return downloads;
    }

    private static string Info(string pdf) => PrintedPdfs.Poppler("pdfinfo", pdf);

    [PrintFact]
    public async Task EveryLinkStatesThePageCountAndSizeOfTheFileItLeadsTo()
    {
        foreach (var download in await DownloadAllAsync())
        {
            var length = new FileInfo(download.Path).Length;
            Assert.Equal(PdfText.PageCount(download.Path), download.StatedPages);
            Assert.Equal($"{Math.Round(length / 1024.0):0} KB", download.StatedSize);
        }
    }

    [PrintFact]
    public async Task EveryPdfIsTaggedInEmbeddedFontsAndNamesItsTitleAuthorAndLanguage()
    {
        foreach (var download in await DownloadAllAsync())
        {
            var info = Info(download.Path);
            Assert.Contains("Tagged:          yes", info);
            // The title a reader's PDF viewer shows (told to show it, not the file name) is the page's own.
            Assert.Contains($"Title:           {download.Title}\n", info);
            Assert.Contains("Author:          1625 Independent People\n", info);
            var raw = System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(download.Path));
            Assert.Contains("/Lang(en-GB)", raw.Replace(" ", ""));
            Assert.Contains("/DisplayDocTitle true", raw);
            // Real text in embedded fonts: every font pdffonts lists is embedded and maps to Unicode.
            var fonts = PrintedPdfs.Poppler("pdffonts", download.Path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.NotEmpty(fonts);
            Assert.All(fonts, font => Assert.Matches(@"\byes\s+(yes|no)\s+yes\s+\d+\s+\d+\s*$", font));
            Assert.Matches(download.Page.Kind == RouteKind.Deck ? @"Page size:\s+841\.9\d x 594\.9\d pts \(A4\)" : @"Page size:\s+594\.9\d x 841\.9\d pts \(A4\)", info);
        }
    }

    [PrintFact]
    public async Task EveryPageOfEveryPdfCarriesTheNoticeTheWebsiteAndItsNumberAndEachFileTheFullNotice()
    {
        var failures = new List<string>();
        foreach (var download in await DownloadAllAsync())
        {
            var pages = PdfText.PageCount(download.Path);
            var fullNotices = 0;
            for (var page = 1; page <= pages; page++)
            {
                var text = Regex.Replace(PdfText.Page(download.Path, page), @"\s+", " ");
                if (!text.Contains(Notice)) failures.Add($"{download.Page.Path} page {page}: no notice");
                if (!text.Contains("www.informingfutures.co.uk")) failures.Add($"{download.Page.Path} page {page}: no website address");
                if (!text.Contains($"Page {page} of {pages}")) failures.Add($"{download.Page.Path} page {page}: no 'Page {page} of {pages}'");
                if (text.Contains("Printed ")) failures.Add($"{download.Page.Path} page {page}: a 'Printed' date, which is the day the PDF was made");
                fullNotices += Regex.Matches(text, "Registered office: Kingsley Hall").Count;
            }

            // At least once in each file (a slide handout shows it on the source slide's thumbnail too).
            if (fullNotices < 1) failures.Add($"{download.Page.Path}: no full notice");
        }

        Assert.Empty(failures);
    }

    [PrintFact]
    public async Task EachPdfsOutlineListsTheHeadingsOfThePageItPrints()
    {
        foreach (var download in await DownloadAllAsync())
        {
            var outline = PrintedPdfs.Poppler("pdftohtml", "-xml", "-i", "-stdout", download.Path);
            var items = OutlineItem().Matches(outline).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            // What the sheet shows as headings: the title, the content's own headings, each slide's title.
            var headings = download.Html.QuerySelectorAll("main h1, main .prose h2, main .slide h2")
                .Select(h => h.TextContent.Trim()).Where(h => h.Length > 0).ToList();
            Assert.NotEmpty(headings);
            // Chromium writes a heading that wraps on the sheet without the space at the wrap
            // ("Organisational ReflectivePractice"), so the words are compared without their spacing.
            var listed = items.Select(Unspaced).ToHashSet();
            var missing = headings.Where(h => !listed.Contains(Unspaced(h))).ToList();
            Assert.True(missing.Count == 0, $"{download.Page.Path}: the outline [{string.Join(" | ", items)}] lacks {string.Join(", ", missing)}");
        }
    }

    private static string Unspaced(string text) => Regex.Replace(text, @"\s+", "");

    [GeneratedRegex(@"<item page=""\d+"">([^<]*)</item>")]
    private static partial Regex OutlineItem();

    [PrintFact]
    public async Task TheTagsGiveHeadingsLinksAndATablesHeaderCells()
    {
        foreach (var download in await DownloadAllAsync())
        {
            var tags = PrintedPdfs.Poppler("pdfinfo", "-struct", download.Path);
            Assert.Matches(@"\bH1\b", tags);
            // What a screen reader reads from the tags holds the page's title whole (a ligature glyph once cut
            // "Reflective" to "Reﬂ"); Chromium drops the space where a line wraps, so spacing is not compared.
            var read = PrintedPdfs.Poppler("pdfinfo", "-struct-text", download.Path);
            var title = download.Html.QuerySelector("main h1")!.TextContent.Trim();
            Assert.True(Unspaced(read).Contains(Unspaced(title), StringComparison.Ordinal), $"{download.Page.Path}: the tags do not read '{title}'");
            Assert.Matches(@"\bLink\b", tags);
            if (download.Html.QuerySelector("main table th") is not null)
            {
                Assert.Matches(@"\bTable\b", tags);
                Assert.Matches(@"\bTH\b", tags);
                Assert.Matches(@"\bTD\b", tags);
            }
        }
    }

    [QrFact]
    public async Task TheQrCodeOnTheSheetsLeadsBackToThePageOnline()
    {
        foreach (var download in await DownloadAllAsync())
        {
            var page = download.Page;
            var online = RepoSiteFactory.PublicUrl + (page.Kind is RouteKind.Overview or RouteKind.Page ? page.Path : page.Document!.Url);
            var pages = PdfText.PageCount(download.Path);
            // A deck carries its code on its last slide, where the source is; every other sheet carries one.
            foreach (var sheet in page.Kind == RouteKind.Deck ? [pages] : Enumerable.Range(1, pages))
            {
                // A slide's code is small: read it as a phone held close would (300 dpi); a sheet's at a printer's 150.
                var codes = QrReader.Decode(QrReader.RenderSheet(download.Path, sheet, dpi: page.Kind == RouteKind.Deck ? 300 : 150));
                Assert.True(codes.Contains(online), $"{page.Path} sheet {sheet}: codes [{string.Join(", ", codes)}], expected {online}");
            }
        }
    }
}
