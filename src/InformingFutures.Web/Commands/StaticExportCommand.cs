using InformingFutures.Web.Discovery;
using InformingFutures.Web.Pdf;
using InformingFutures.Web.Search;
using InformingFutures.Web.Site;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Commands;

/// <summary>
/// <c>dotnet run --project src/InformingFutures.Web -- export &lt;folder&gt; [--base-url https://…]</c>: renders every
/// page, view and asset into a folder that works from a USB stick (file://, no network) and on any static host.
/// The site serves itself on a loopback port and each response is saved with its links made relative, so the
/// export is exactly what the server sends, footer and all. The pages written are the route table's listed pages.
/// </summary>
public static class StaticExportCommand
{
    public const string Name = "export";

    /// <summary><c>--base-url</c> is the export's public address; without it, <c>Site:PublicUrl</c> is.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings(IReadOnlyList<string> arguments) => LoopbackSite.Settings(arguments);

    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<string> arguments, TextWriter output, TextWriter errors)
    {
        // Every argument is judged before anything is written or started.
        var (folderArgument, problem) = ReadArguments(arguments, app.Services.GetRequiredService<IOptions<SiteOptions>>());
        if (problem is not null)
        {
            errors.WriteLine(problem);
            return 2;
        }

        var folder = CommandLinePaths.Resolve(folderArgument!);
        if (ExportFolder.ProblemWith(folder) is { } folderProblem)
        {
            errors.WriteLine(folderProblem);
            return 2;
        }

        var target = ExportFolder.Prepare(folder);

        var origin = await LoopbackSite.StartAsync(app, Name);
        try
        {
            var (pdfs, pdfFailures) = await PrintPdfsAsync(app.Services, origin);
            using var client = new HttpClient { BaseAddress = origin };
            var exporter = new ExportWriter(client, target);
            var routes = app.Services.GetRequiredService<LiveSnapshot>().Current.Routes;

            foreach (var route in routes.Listed)
            {
                await exporter.PageAsync(route.Path, FileFor(route.Path));
            }

            await exporter.PageAsync(RouteTable.SearchPath, FileFor(RouteTable.SearchPath));
            await exporter.PageAsync(RouteTable.NeverServedPath, "404.html", expectedStatus: 404);
            var hasAddress = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUrl is not null;
            if (hasAddress)
            {
                // Pages name their share cards (og:image) by the public address, so the cards must be there too.
                foreach (var card in routes.All.Where(r => r.Kind == RouteKind.ShareCard))
                {
                    exporter.Asset(card.Path);
                }

                exporter.Asset(RouteTable.ShareImagePath);
            }

            await exporter.AssetsAsync();
            if (routes.Find(RouteTable.SitemapPath) is not null)
            {
                await exporter.TextAsync(RouteTable.SitemapPath, "sitemap.xml");
            }

            await exporter.TextAsync(RouteTable.RobotsPath, "robots.txt");
            // GitHub Pages runs Jekyll over a folder without it, which drops files and folders whose names start with "_".
            await exporter.FileAsync(".nojekyll", "");
            foreach (var failure in pdfFailures)
            {
                errors.WriteLine("export: " + failure);
            }

            if (exporter.Refused.Count > 0)
            {
                errors.WriteLine($"export: refused to write {ContentCheckCommand.Counted(exporter.Refused.Count, "file")} outside {folder} or through a symbolic link: {string.Join(", ", exporter.Refused.Take(5))}");
                return 1;
            }

            output.WriteLine($"export: {ContentCheckCommand.Counted(routes.Listed.Count(), "page")} (with decks and handouts), search, assets and {pdfs}: {ContentCheckCommand.Counted(exporter.Files, "file")} written to {folder}" +
                (hasAddress ? "" : " (no sitemap.xml, share cards or QR codes: pass --base-url, or set Site:PublicUrl, to say where the export will be served)"));
            return pdfFailures.Count == 0 ? 0 : 1;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>
    /// Prints the PDFs the export links (those already printed for its address and still current are kept), or says
    /// why there are none: a copy without its PDFs is still a copy, so a missing browser does not stop the export.
    /// </summary>
    private static async Task<(string Summary, IReadOnlyList<string> Failures)> PrintPdfsAsync(IServiceProvider services, Uri origin)
    {
        var options = services.GetRequiredService<IOptions<PdfOptions>>().Value;
        if (options.ChromiumPath() is not { } chromium)
        {
            return ($"no PDFs (Chromium ({options.Chromium}) is not installed: apt-get install chromium, or set Pdf:Chromium)", []);
        }

        var outcome = await PdfPrinting.PrintAsync(services, origin, chromium);
        return (outcome.Summary, outcome.Failures);
    }

    /// <summary>The folder named, or the one-line message for arguments the export cannot run with.</summary>
    private static (string? Folder, string? Problem) ReadArguments(IReadOnlyList<string> arguments, IOptions<SiteOptions> site)
    {
        var problem = ArgumentProblem(arguments, site, out var folder);
        return (problem is null ? folder : null, problem);
    }

    private static string? ArgumentProblem(IReadOnlyList<string> arguments, IOptions<SiteOptions> site, out string? folder)
    {
        folder = null;
        const string usage = "name the folder to write, e.g. `-- export ./site-export` (optionally `--base-url https://toolkit.example.org`)";
        var folders = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == "--base-url")
            {
                if (++i >= arguments.Count)
                {
                    return "export: --base-url needs the export's public address, such as https://toolkit.example.org";
                }
            }
            else if (arguments[i].StartsWith("--", StringComparison.Ordinal))
            {
                return $"export: unknown option {arguments[i]}; {usage}";
            }
            else
            {
                folders.Add(arguments[i]);
            }
        }

        if (folders.Count != 1 || string.IsNullOrWhiteSpace(folders[0]))
        {
            return folders.Count > 1 ? $"export: name one folder, not {folders.Count}; {usage}" : $"export: {usage}";
        }

        folder = folders[0];

        return LoopbackSite.AddressProblem(Name, arguments);
    }

    /// <summary>"/a/b" is saved as "a/b/index.html", so static hosts serve it at its usual address too.</summary>
    public static string FileFor(string url) => url == RouteTable.HomePath ? "index.html" : url.Trim('/') + "/index.html";
}
