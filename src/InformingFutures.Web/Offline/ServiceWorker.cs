using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InformingFutures.Web.Search;
using InformingFutures.Web.Pdf;
using InformingFutures.Web.Site;

namespace InformingFutures.Web.Offline;

/// <summary>
/// <c>/sw.js</c>: the service worker that keeps the whole toolkit readable with no signal. Its first lines name the
/// pages to store and the content's fingerprint; the rest is <c>service-worker.js</c>. New content or a new build
/// changes those lines, so the browser's next online visit installs a new worker, which stores the new version
/// whole before the old one is deleted.
/// </summary>
public static class ServiceWorker
{
    /// <summary>Every page carries the fingerprint of the content it was rendered from, for the worker to check.</summary>
    public const string VersionHeader = "X-Toolkit-Version";

    /// <summary>The worker of one snapshot, its list of pages included, built with the snapshot.</summary>
    public sealed record Script(string Text);

    public static IServiceCollection AddToolkitOfflineCopy(this IServiceCollection services) => services.AddSingleton<ISnapshotPart, Part>();

    public static WebApplication MapServiceWorker(this WebApplication app)
    {
        app.MapMethods(RouteTable.ServiceWorkerPath, [HttpMethods.Get, HttpMethods.Head], (HttpContext context, CurrentSite site) =>
        {
            // Browsers check for a new worker on every visit; it must never come from an HTTP cache.
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Text(site.Snapshot.Part<Script>().Text, "text/javascript; charset=utf-8");
        });
        return app;
    }

    private sealed class Part : SnapshotPart<Script>
    {
        private readonly string _body = EmbeddedScripts.Read("InformingFutures.Web.Offline.service-worker.js");

        public override Script Build(SiteSnapshot snapshot) => new(Header(snapshot) + _body);
    }

    /// <summary>
    /// What the worker stores by address: every listed page, the offline and search pages, the search index and the
    /// script that reads it offline, and the PDFs that match the content. The worker then stores the styles, scripts, icons and print stylesheets those
    /// pages name, at the very (fingerprinted) addresses they use, so a new build's files get new entries.
    /// </summary>
    public static IReadOnlyList<string> Stored(SiteSnapshot snapshot) =>
    [
        .. snapshot.Routes.All.Where(r => r.IsListed || r.Kind is RouteKind.Offline or RouteKind.Search or RouteKind.SearchIndex).Select(r => r.Path),
        RouteTable.SearchStemmerScriptPath,
        RouteTable.SearchReaderScriptPath,
        .. snapshot.Pdfs.All.Select(pdf => pdf.Address),
    ];

    private static string Header(SiteSnapshot snapshot)
    {
        var lines = $"const CONTENT_VERSION = {JsonSerializer.Serialize(snapshot.ContentFingerprint)};\n" +
                    $"const VERSION_HEADER = {JsonSerializer.Serialize(VersionHeader)};\n" +
                    $"const OFFLINE_PAGE = {JsonSerializer.Serialize(RouteTable.OfflinePath)};\n" +
                    $"const PREVIEW_PREFIX = {JsonSerializer.Serialize(RouteTable.PreviewPrefix)};\n" +
                    $"const SERVICE_WORKER = {JsonSerializer.Serialize(RouteTable.ServiceWorkerPath)};\n" +
                    $"const STORED = {JsonSerializer.Serialize(Stored(snapshot))};\n\n";
        // Named by every line above, so each worker fills a cache of its own: a new list of PDFs gets a new cache as a
        // new release does, and a worker whose install fails deletes only the cache it made, never the one the
        // active worker serves from.
        var name = "toolkit-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lines)))[..16];
        return $"const CACHE_NAME = {JsonSerializer.Serialize(name)};\n" + lines;
    }
}
