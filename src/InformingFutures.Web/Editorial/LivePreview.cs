using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using InformingFutures.Web.Site;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Editorial;

/// <summary>What an open page needs to know after a reload: which content version is served, and the mistakes in it.</summary>
/// <param name="Errors">Each error as <c>file:line:column: message</c>, for the banner, saying when it keeps the file off the site.</param>
public sealed record PreviewState(long Version, IReadOnlyList<string> Errors)
{
    public static PreviewState Of(SiteSnapshot snapshot) => new(
        snapshot.Version,
        [.. snapshot.Content.Problems.Where(p => p.IsError).Select(p => $"{p.Path}:{p.Line}:{p.Column}: {p.Message}{(p.LeavesFileOut ? LeftOff : "")}")]);

    /// <summary>
    /// Said of an error that keeps its file off the site; the others (a broken link) leave the page published as it is,
    /// so the banner must not say the site shows an older version of them.
    /// </summary>
    public const string LeftOff = " (so this file is left off the site, which shows its last good version if it had one)";
}

/// <summary>
/// Live preview, like MkDocs <c>serve</c>: every open page listens on a server-sent event stream and reloads itself
/// when a saved content file has been loaded, or shows the mistake in a banner instead of reloading into it. It is
/// mapped only when <see cref="PreviewOptions.Enabled"/> (Development): elsewhere both addresses are 404s and no
/// page mentions the script.
/// </summary>
public static class LivePreview
{
    public static WebApplication MapLivePreview(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<PreviewOptions>>().Value.Enabled)
        {
            return app;
        }

        var script = $"const EVENTS_PATH = {System.Text.Json.JsonSerializer.Serialize(RouteTable.PreviewEventsPath)};\n" + EmbeddedScripts.Read("InformingFutures.Web.Editorial.live-preview.js");
        app.MapMethods(RouteTable.PreviewScriptPath, [HttpMethods.Get, HttpMethods.Head], () => Results.Text(script, "text/javascript; charset=utf-8"));
        app.MapGet(RouteTable.PreviewEventsPath, (LiveSnapshot index, IHostApplicationLifetime lifetime, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.ServerSentEvents(States(index, lifetime.ApplicationStopping, context.RequestAborted));
        });
        return app;
    }

    /// <summary>The state now, then after every reload, until the page goes away or the site stops.</summary>
    private static async IAsyncEnumerable<SseItem<PreviewState>> States(LiveSnapshot index, CancellationToken stopping, [EnumeratorCancellation] CancellationToken aborted)
    {
        // Only the newest snapshot matters: a page that falls behind skips straight to it.
        var reloads = Channel.CreateBounded<SiteSnapshot>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        void OnReload(SiteSnapshot snapshot) => reloads.Writer.TryWrite(snapshot);
        index.Reloaded += OnReload;
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stopping, aborted);
        try
        {
            yield return new SseItem<PreviewState>(PreviewState.Of(index.Current));
            while (await WaitAsync(reloads.Reader, done.Token) is { } snapshot)
            {
                yield return new SseItem<PreviewState>(PreviewState.Of(snapshot));
            }
        }
        finally
        {
            index.Reloaded -= OnReload;
        }
    }

    /// <summary>The next snapshot, or null once the page has gone or the site is stopping (which must not wait for it).</summary>
    private static async Task<SiteSnapshot?> WaitAsync(ChannelReader<SiteSnapshot> reader, CancellationToken done)
    {
        try
        {
            return await reader.ReadAsync(done);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }
}
