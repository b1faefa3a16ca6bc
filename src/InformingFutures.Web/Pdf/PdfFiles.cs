using InformingFutures.Web.Site;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Pdf;

/// <summary>A PDF the site links and serves: the file, and what the link says of it ("PDF, 2 pages, 84 KB").</summary>
/// <param name="Address">Where the site serves it, such as /pdf/reflective-practice/team.pdf.</param>
/// <param name="FullPath">The file on disk, inside the PDF folder.</param>
public sealed record PdfFile(string Address, string FullPath, int Pages, long Bytes)
{
    /// <summary>GOV.UK's attachment line: the format, the page count and the size, so a reader knows what they will get.</summary>
    public string Facts => $"PDF, {Pages} {(Pages == 1 ? "page" : "pages")}, {Size(Bytes)}";

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{Math.Max(1, (long)Math.Round(bytes / 1024.0))} KB",
        _ => $"{bytes / (1024.0 * 1024.0):0.#} MB",
    };
}

/// <summary>
/// The PDFs that match this snapshot's content, by page address. Built with each snapshot from the folder's manifest:
/// a PDF whose page changed since it was printed (see <see cref="PdfDigest"/>), or whose file is missing or not the
/// size recorded, is left out, so its page shows no link and its address answers 404 until the <c>pdf</c> command
/// prints it again.
/// </summary>
/// <param name="withdrawn">Pages whose printed PDF no longer matches them, so their link was withdrawn: an editor is told.</param>
public sealed class PdfFiles(IReadOnlyDictionary<string, PdfFile> byPage, IReadOnlyList<string>? withdrawn = null)
{
    private readonly Dictionary<string, PdfFile> _byAddress = byPage.Values.ToDictionary(f => f.Address, StringComparer.Ordinal);

    /// <summary>The PDF of the page at <paramref name="pagePath"/>, while it matches the page.</summary>
    public PdfFile? For(string? pagePath) => pagePath is not null && byPage.TryGetValue(pagePath, out var file) ? file : null;

    /// <summary>The PDF served at <paramref name="address"/> (/pdf/…pdf), while it matches its page.</summary>
    public PdfFile? At(string? address) => address is not null && _byAddress.TryGetValue(address, out var file) ? file : null;

    public IEnumerable<PdfFile> All => byPage.Values;

    /// <summary>Pages whose PDF was printed from an earlier version of them: no link until the <c>pdf</c> command runs again.</summary>
    public IReadOnlyList<string> Withdrawn { get; } = withdrawn ?? [];

    internal sealed class Part(IOptions<PdfOptions> pdf, IOptions<SiteOptions> site, IHostEnvironment environment) : SnapshotPart<PdfFiles>
    {
        /// <summary>The folder of the PDFs printed for the site's own public address.</summary>
        public string Folder { get; } = Path.GetFullPath(Path.Combine(environment.ContentRootPath, pdf.Value.Folder, PdfOptions.AddressFolder(site.Value.BaseUrl)));

        public override PdfFiles Build(SiteSnapshot snapshot)
        {
            var current = new Dictionary<string, PdfFile>(StringComparer.Ordinal);
            var withdrawn = new List<string>();
            var digest = new PdfDigest(snapshot);
            foreach (var entry in PdfManifest.Read(Folder).Files)
            {
                if (snapshot.Routes.Find(entry.Page) is { HasPdf: true } page
                    && RouteTable.PdfPath(page.Path) is var address
                    && InsideFolder(entry.File) is { } path
                    && new FileInfo(path) is { Exists: true } file && file.Length == entry.Bytes
                    && entry.Pages > 0)
                {
                    if (entry.Digest == digest.Of(page))
                    {
                        current[page.Path] = new PdfFile(address, path, entry.Pages, entry.Bytes);
                    }
                    else
                    {
                        withdrawn.Add(page.Path);
                    }
                }
            }

            return new PdfFiles(current, [.. withdrawn.Order(StringComparer.Ordinal)]);
        }

        /// <summary>The file's full path when it names a PDF inside the folder, through no link; a manifest cannot point the site elsewhere.</summary>
        private string? InsideFolder(string relative) => relative.EndsWith(".pdf", StringComparison.Ordinal) ? FolderPaths.Inside(Folder, relative) : null;
    }
}
