using AngleSharp.Html.Parser;
using InformingFutures.Web.Content;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

using InformingFutures.Web.Hosting;

namespace InformingFutures.Web.Commands;

/// <summary>
/// <c>dotnet run --project src/InformingFutures.Web -- export &lt;folder&gt; [--base-url https://…]</c>: renders every
/// page, view and asset into a folder that works from a USB stick (file://, no network) and on any static host.
/// The site serves itself on a loopback port and each response is saved with its links made relative, so the
/// export is exactly what the server sends, footer and all.
/// </summary>
public static class StaticExportCommand
{
    public const string Name = "export";

    private static readonly string[] LinkAttributes = ["href", "src", "data-return-url", "action"];

    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<string> arguments, TextWriter output, TextWriter errors)
    {
        var folderArgument = arguments.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (folderArgument is null)
        {
            errors.WriteLine("export: name the folder to write, e.g. `-- export ./site-export` (optionally `--base-url https://toolkit.example.org`)");
            return 2;
        }

        var baseUrl = ArgumentAfter(arguments, "--base-url")?.TrimEnd('/');
        var folder = CommandLinePaths.Resolve(folderArgument);
        Directory.CreateDirectory(folder);

        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        app.UseToolkitPipeline();
        app.MapToolkit();
        await app.StartAsync();
        try
        {
            var origin = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(origin) };
            var exporter = new Exporter(client, origin, baseUrl ?? "", folder);
            var content = app.Services.GetRequiredService<ContentIndex>().Current;

            foreach (var url in PageUrls(content))
            {
                await exporter.PageAsync(url, FileFor(url));
            }

            await exporter.PageAsync("/export-not-found", "404.html", expectedStatus: 404);
            await exporter.AssetsAsync();
            if (baseUrl is not null)
            {
                await exporter.TextAsync("/sitemap.xml", "sitemap.xml");
            }

            output.WriteLine($"export: {exporter.Files} files written to {folder}" +
                (baseUrl is null ? " (no sitemap.xml: pass --base-url to say where the export will be served)" : ""));
            return 0;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>Every page a reader can reach without a server: content, about, handouts and decks.</summary>
    private static IEnumerable<string> PageUrls(ContentSnapshot content)
    {
        foreach (var document in content.Documents)
        {
            yield return document.Url;
            if (!document.Meta.IsSitePage && !document.IsHome)
            {
                yield return document.Url + "/present";
            }

            if (document.IsSectionOverview && !document.Meta.IsSitePage)
            {
                yield return document.Url + "/handout";
            }
        }

        yield return "/about";
    }

    /// <summary>"/a/b" is saved as "a/b/index.html", so static hosts serve it at its usual address too.</summary>
    public static string FileFor(string url) => url == "/" ? "index.html" : url.Trim('/') + "/index.html";

    private static string? ArgumentAfter(IReadOnlyList<string> arguments, string name)
    {
        var at = arguments.ToList().IndexOf(name);
        return at >= 0 && at + 1 < arguments.Count ? arguments[at + 1] : null;
    }

    private sealed class Exporter(HttpClient client, string origin, string baseUrl, string folder)
    {
        private readonly HashSet<string> _assets = new(StringComparer.Ordinal);
        private readonly HtmlParser _parser = new();

        public int Files { get; private set; }

        public async Task PageAsync(string url, string file, int expectedStatus = 200)
        {
            using var response = await client.GetAsync(url);
            if ((int)response.StatusCode != expectedStatus)
            {
                throw new InvalidOperationException($"export: {url} answered {(int)response.StatusCode}, expected {expectedStatus}");
            }

            var document = _parser.ParseDocument(Localise(await response.Content.ReadAsStringAsync()));
            // Search needs the server; a copy on a USB stick has none.
            foreach (var form in document.QuerySelectorAll("form[role=search]"))
            {
                form.Remove();
            }

            var depth = file.Count(c => c == '/');
            foreach (var element in document.All)
            {
                foreach (var name in LinkAttributes)
                {
                    if (element.GetAttribute(name) is { } value && value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
                    {
                        element.SetAttribute(name, Relative(value, depth, element.LocalName is "link" or "script"));
                    }
                }
            }

            await WriteAsync(file, "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml);
        }

        public async Task AssetsAsync()
        {
            foreach (var asset in _assets.ToList())
            {
                await TextAsync(asset, asset.TrimStart('/'));
            }
        }

        public async Task TextAsync(string url, string file) => await WriteAsync(file, Localise(await client.GetStringAsync(url)));

        /// <summary>A site address becomes a path from this file: "/x/y#3" from depth 1 is "../x/y/index.html#3".</summary>
        private string Relative(string url, int depth, bool isAsset)
        {
            var cut = url.IndexOfAny(['#', '?']);
            var (path, rest) = cut < 0 ? (url, "") : (url[..cut], url[cut..]);
            string target;
            if (isAsset || Path.HasExtension(path))
            {
                _assets.Add(path);
                target = path.TrimStart('/');
                rest = "";
            }
            else
            {
                target = FileFor(path);
            }

            return string.Concat(Enumerable.Repeat("../", depth)) + target + rest;
        }

        /// <summary>The temporary server's address becomes the published one (or is dropped, leaving the path).</summary>
        private string Localise(string text) => text.Replace(origin, baseUrl, StringComparison.Ordinal);

        private async Task WriteAsync(string file, string text)
        {
            var path = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, text);
            Files++;
        }
    }
}
