using AngleSharp.Html.Parser;
using InformingFutures.Web.Infrastructure;

namespace InformingFutures.Web.Commands;

/// <summary>
/// Saves the site's responses into the export folder, each page with its site addresses made relative to its own
/// file (so the copy works from file://) and every asset a page names copied beside it.
/// </summary>
internal sealed class ExportWriter(HttpClient client, ExportFolder folder)
{
    private static readonly string[] LinkAttributes = ["href", "src", "data-return-url", "action"];

    /// <summary>Files not written because their path left the folder or passed through a symbolic link.</summary>
    public List<string> Refused { get; } = [];

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

        var document = _parser.ParseDocument(await response.Content.ReadAsStringAsync());
        // A copy has no server to search: the search page answers from search-index.js, so the boxes need
        // JavaScript, and site.js shows them only when it runs.
        foreach (var form in document.QuerySelectorAll("form[role=search], form.search-form"))
        {
            form.SetAttribute("hidden", "");
            form.SetAttribute("data-static-search", "");
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

        // A copy has no server to send the site's Content-Security-Policy, so each page carries it itself: an image
        // from another site stays blocked, as it is on the site.
        var policy = document.CreateElement("meta");
        policy.SetAttribute("http-equiv", "Content-Security-Policy");
        policy.SetAttribute("content", SecurityHeaders.PagePolicy);
        document.Head?.Prepend(policy);

        await WriteAsync(file, "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml);
    }

    /// <summary>A file the export must carry although no page links to it by a site address.</summary>
    public void Asset(string url) => _assets.Add(url);

    /// <summary>Every file the pages named, byte for byte: icons and share cards are images, not text.</summary>
    public async Task AssetsAsync()
    {
        foreach (var asset in _assets.ToList())
        {
            await WriteAsync(asset.TrimStart('/'), await client.GetByteArrayAsync(asset));
        }
    }

    public async Task TextAsync(string url, string file) => await WriteAsync(file, await client.GetStringAsync(url));

    /// <summary>A file of the export's own, not one the site serves.</summary>
    public Task FileAsync(string file, string text) => WriteAsync(file, text);

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
            target = StaticExportCommand.FileFor(path);
        }

        return string.Concat(Enumerable.Repeat("../", depth)) + target + rest;
    }

    private Task WriteAsync(string file, string text) => WriteAsync(file, System.Text.Encoding.UTF8.GetBytes(text));

    private async Task WriteAsync(string file, byte[] bytes)
    {
        if (folder.PathOf(file) is not { } path)
        {
            Refused.Add(file);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes);
        Files++;
    }
}
