using InformingFutures.Web.Attribution;
using InformingFutures.Web.Pdf;
using InformingFutures.Web.Site;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Commands;

/// <summary>
/// <c>dotnet run --project src/InformingFutures.Web -- pdf [--base-url https://…]</c>: prints every page, handout,
/// deck and slide handout to a PDF in <c>Pdf:Folder</c>, as the site serves it now, and writes the folder's manifest
/// last. The site links each PDF only while its page still matches what was printed (<see cref="PdfDigest"/>). Needs
/// Chromium (<c>Pdf:Chromium</c>); run where a browser is allowed: the Dockerfile's build stage, CI, an editor's machine.
/// </summary>
public static class PdfCommand
{
    public const string Name = "pdf";

    /// <summary>Two at a time: each print is a browser of its own, and CI machines have two cores.</summary>
    private const int PrintsAtOnce = 2;

    public static IEnumerable<KeyValuePair<string, string?>> Settings(IReadOnlyList<string> arguments) => LoopbackCommand.Settings(arguments);

    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<string> arguments, TextWriter output, TextWriter errors)
    {
        if (ArgumentProblem(arguments, app.Services.GetRequiredService<IOptions<SiteOptions>>()) is { } problem)
        {
            errors.WriteLine(problem);
            return 2;
        }

        var options = app.Services.GetRequiredService<IOptions<PdfOptions>>().Value;
        if (options.ChromiumPath() is not { } chromium)
        {
            errors.WriteLine($"pdf: Chromium ({options.Chromium}) is not installed; install it (Debian: apt-get install chromium) or set Pdf:Chromium to its path");
            return 2;
        }

        var folder = app.Services.GetRequiredService<PdfFiles.Part>().Folder;
        Directory.CreateDirectory(folder);

        var origin = await LoopbackCommand.StartAsync(app, Name);
        try
        {
            var snapshot = app.Services.GetRequiredService<SiteIndex>().Current;
            var attribution = app.Services.GetRequiredService<IOptions<AttributionOptions>>().Value;
            var site = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;
            var digest = new PdfDigest(snapshot, attribution, site);
            var printer = new ChromiumPrinter(chromium, TimeSpan.FromSeconds(options.PrintTimeoutSeconds));
            var pages = snapshot.Routes.All.Where(r => r.HasPdf).ToList();
            var entries = new PdfManifestEntry[pages.Count];
            var failures = new List<string>();
            using var client = new HttpClient { BaseAddress = origin };

            await Parallel.ForEachAsync(Enumerable.Range(0, pages.Count), new ParallelOptions { MaxDegreeOfParallelism = PrintsAtOnce }, async (i, cancel) =>
            {
                var page = pages[i];
                var file = page.Path.Trim('/') + ".pdf";
                var path = Path.Combine(folder, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var printing = path + ".printing";
                try
                {
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

            var made = entries.Where(e => e is not null).ToList();
            new PdfManifest(made).Write(folder);
            RemoveOthers(folder, made);
            foreach (var failure in failures)
            {
                errors.WriteLine("pdf: " + failure);
            }

            output.WriteLine($"pdf: {ContentCheckCommand.Counted(made.Count, "PDF")} ({ContentCheckCommand.Counted(made.Sum(e => e.Pages), "page")}, {made.Sum(e => e.Bytes) / 1024:N0} KB) written to {folder}");
            return failures.Count == 0 ? 0 : 1;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>The document title a PDF reader shows: the page's own, as its browser tab shows it.</summary>
    private static string TitleOf(SiteRoute page, AttributionOptions attribution) =>
        page.Document is { } document ? $"{document.Title} – {attribution.SiteName}" : attribution.SiteName;

    /// <summary>PDFs of pages that are gone, and anything half-printed, are removed: the folder holds what its manifest lists.</summary>
    private static void RemoveOthers(string folder, IReadOnlyList<PdfManifestEntry> made)
    {
        var kept = made.Select(e => Path.GetFullPath(Path.Combine(folder, e.File))).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".printing", StringComparison.Ordinal)))
        {
            if (!kept.Contains(Path.GetFullPath(file)) && new FileInfo(file).LinkTarget is null)
            {
                File.Delete(file);
            }
        }
    }

    private static string? ArgumentProblem(IReadOnlyList<string> arguments, IOptions<SiteOptions> site)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == "--base-url")
            {
                if (++i >= arguments.Count)
                {
                    return "pdf: --base-url needs the site's public address, such as https://toolkit.example.org";
                }
            }
            else
            {
                return $"pdf: unknown argument {arguments[i]}; the PDFs go to Pdf:Folder (optionally `--base-url https://toolkit.example.org`)";
            }
        }

        return LoopbackCommand.AddressProblem(Name, arguments);
    }
}
