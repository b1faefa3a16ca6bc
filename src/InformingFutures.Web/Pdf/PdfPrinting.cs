using InformingFutures.Web.Attribution;
using InformingFutures.Web.Site;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Pdf;

/// <summary>
/// Prints every page that has a PDF (pages, handouts, decks, slide handouts) from the site serving itself at
/// <c>origin</c> into the folder of the site's public address, and writes the folder's manifest last. A PDF whose
/// digest still matches its page is kept as it is, so a second run prints only what changed. Shared by the
/// <c>pdf</c> command and the export, which prints its own.
/// </summary>
public static class PdfPrinting
{
    /// <summary>Two at a time: each print is a browser of its own, and CI machines have two cores.</summary>
    private const int PrintsAtOnce = 2;

    /// <param name="Current">Every PDF of the manifest now written, kept or new.</param>
    /// <param name="Printed">How many of those were printed this time.</param>
    /// <param name="Failures">A line for each page that could not be printed (it has no link).</param>
    public sealed record Outcome(IReadOnlyList<PdfManifestEntry> Current, int Printed, IReadOnlyList<string> Failures, string Folder)
    {
        public string Summary => $"{Counted(Current.Count, "PDF")} ({Counted(Current.Sum(e => e.Pages), "page")}, {Current.Sum(e => e.Bytes) / 1024:N0} KB; {Printed} printed, {Current.Count - Printed} unchanged)";
    }

    public static async Task<Outcome> PrintAsync(IServiceProvider services, Uri origin, string chromium)
    {
        var folder = services.GetRequiredService<PdfFiles.Part>().Folder;
        Directory.CreateDirectory(folder);
        var snapshot = services.GetRequiredService<LiveSnapshot>().Current;
        var attribution = services.GetRequiredService<IOptions<AttributionOptions>>().Value;
        var digest = new PdfDigest(snapshot);
        var printer = new ChromiumPrinter(chromium, TimeSpan.FromSeconds(services.GetRequiredService<IOptions<PdfOptions>>().Value.PrintTimeoutSeconds));
        var unchanged = snapshot.Pdfs.All.ToDictionary(f => f.Address, StringComparer.Ordinal);
        var pages = snapshot.Routes.All.Where(r => r.HasPdf).ToList();
        var entries = new PdfManifestEntry[pages.Count];
        var printed = 0;
        var failures = new List<string>();
        using var client = new HttpClient { BaseAddress = origin };

        await Parallel.ForEachAsync(Enumerable.Range(0, pages.Count), new ParallelOptions { MaxDegreeOfParallelism = PrintsAtOnce }, async (i, cancel) =>
        {
            var page = pages[i];
            var file = page.Path.Trim('/') + ".pdf";
            // The snapshot links only PDFs whose digest matches the page, so a linked one can be kept as it is.
            if (unchanged.TryGetValue(RouteTable.PdfPath(page.Path), out var kept))
            {
                entries[i] = new PdfManifestEntry(page.Path, file, kept.Pages, kept.Bytes, digest.Of(page));
                return;
            }

            // Never written (or deleted) through a symbolic link that someone left in the folder.
            if (FolderPaths.Inside(folder, file) is not { } path || FolderPaths.Inside(folder, file + ".printing") is not { } printing)
            {
                lock (failures)
                {
                    failures.Add($"{page.Path}: {file} would be written through a symbolic link in {folder}, so it was not printed");
                }

                return;
            }

            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                // Asked for first: a page that does not answer 200 is not printed (Chromium would print the error
                // page), and the answer is kept by the page cache, so Chromium gets these very bytes.
                using (var response = await client.GetAsync(page.Path, cancel))
                {
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException($"the page answered {(int)response.StatusCode}, so it was not printed");
                    }
                }

                await printer.PrintAsync(new Uri(origin, page.Path), printing, cancel);
                var count = PdfFinishing.Finish(printing, TitleOf(page, attribution), attribution.Organisation, "en-GB");
                File.Move(printing, path, overwrite: true);
                entries[i] = new PdfManifestEntry(page.Path, file, count, new FileInfo(path).Length, digest.Of(page));
                Interlocked.Increment(ref printed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                File.Delete(printing);
                lock (failures)
                {
                    // One page that cannot be printed must not cost the others theirs; it is named and has no link.
                    failures.Add($"{page.Path}: {e.Message}");
                }
            }
        });

        var current = entries.Where(e => e is not null).ToList();
        new PdfManifest(current).Write(folder);
        RemoveOthers(folder, current);
        // Linked from now on, without waiting for the folder watch.
        services.GetRequiredService<LiveSnapshot>().Reload();
        return new Outcome(current, printed, failures, folder);
    }

    /// <summary>The document title a PDF reader shows: the page's own, as its browser tab shows it.</summary>
    private static string TitleOf(SiteRoute page, AttributionOptions attribution) =>
        page.Document is { } document ? $"{document.Title} – {attribution.SiteName}" : attribution.SiteName;

    /// <summary>PDFs of pages that are gone, and anything half-printed, are removed: the folder holds what its manifest lists.</summary>
    private static void RemoveOthers(string folder, IReadOnlyList<PdfManifestEntry> current)
    {
        var kept = current.Select(e => Path.GetFullPath(Path.Combine(folder, e.File))).ToHashSet(StringComparer.Ordinal);
        // Symbolic links are neither followed nor removed: nothing outside the folder is touched.
        var inFolder = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(folder, "*", inFolder)
                     .Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".printing", StringComparison.Ordinal)))
        {
            if (!kept.Contains(Path.GetFullPath(file)))
            {
                File.Delete(file);
            }
        }
    }

    private static string Counted(int count, string thing) => $"{count} {thing}{(count == 1 ? "" : "s")}";
}
