using System.Globalization;
using InformingFutures.Web.Hosting.OfflineCopy;
using InformingFutures.Web.Search;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace InformingFutures.Web.Hosting.FinishedPages;

/// <summary>
/// Sends each page as finished bytes: the first GET or HEAD of a page in an encoding renders it, and every later one,
/// until the content or the day changes, is answered from <see cref="FinishedPageStore"/> before routing. The "page
/// not found" page is kept the same way, so a flood of made-up addresses costs no rendering either. A search for a
/// word is answered from the search page's shell (<see cref="SearchAnswers"/>) and never kept: typing new queries
/// neither renders pages nor fills memory.
/// Every page answer gets a strong ETag of its bytes (a matching If-None-Match gets a 304), <c>Cache-Control:
/// no-cache</c> so browsers revalidate, and the content fingerprint the offline copy checks.
/// </summary>
internal sealed class FinishedPageResponses(RequestDelegate next, SiteIndex site, FinishedPageStore store, IResponseCompressionProvider compression)
{
    /// <summary>The key of the "page not found" page, which answers every unknown address alike.</summary>
    private const string NotFoundKey = "404";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return next(context);
        }

        // The index's current snapshot, not the request's (CurrentSite): an answer from the store needs no request scope.
        var snapshot = site.Current;
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted)
        {
            return reExecuted.OriginalStatusCode == StatusCodes.Status404NotFound
                ? AnswerAsync(context, snapshot, NotFoundKey, StatusCodes.Status404NotFound)
                : next(context);
        }

        if (snapshot.Routes.Find(request.Path.Value ?? "") is not { IsHtmlPage: true } route)
        {
            return next(context);
        }

        if (route.Kind == RouteKind.Search && !string.IsNullOrEmpty(request.Query["q"]))
        {
            // Everything from the request's own snapshot, so the results and the page around them are of one version.
            var current = context.RequestServices.GetRequiredService<CurrentSite>().Snapshot;
            if (current.Search.Search(request.Query["q"]) is { IsEmptyQuery: false } results)
            {
                return AnswerSearchAsync(context, current, results);
            }
        }

        return AnswerAsync(context, snapshot, route.Path, StatusCodes.Status200OK);
    }

    private async Task AnswerSearchAsync(HttpContext context, SiteSnapshot snapshot, SearchResults results)
    {
        var encoding = compression.GetCompressionProvider(context)?.EncodingName ?? "identity";
        var generation = store.For(snapshot);
        if (!generation.TryGet(SearchAnswers.ShellKey, "identity", out var shell))
        {
            // Rendered uncompressed: each answer is compressed after its query is set in.
            var acceptEncoding = context.Request.Headers.AcceptEncoding;
            context.Request.Headers.AcceptEncoding = default;
            context.Items[SearchPageShell.Requested] = true;
            try
            {
                shell = await RenderAsync(context, StatusCodes.Status200OK, (generation, SearchAnswers.ShellKey, "identity"));
            }
            finally
            {
                context.Items.Remove(SearchPageShell.Requested);
                context.Request.Headers.AcceptEncoding = acceptEncoding;
            }

            if (shell is null)
            {
                return; // the render failed, and its own answer has gone out
            }
        }

        await SendAsync(context, snapshot, SearchAnswers.Answer(shell, results, encoding), fromStore: false);
    }

    private Task AnswerAsync(HttpContext context, SiteSnapshot snapshot, string key, int status)
    {
        var encoding = compression.GetCompressionProvider(context)?.EncodingName ?? "identity";
        if (store.For(snapshot).TryGet(key, encoding, out var finished))
        {
            return SendAsync(context, snapshot, finished, fromStore: true);
        }

        // The page renders from the request's snapshot, newer than the one above if the content reloaded just now:
        // it is kept under that one.
        var rendering = context.RequestServices.GetRequiredService<CurrentSite>().Snapshot;
        return RenderAndSendAsync(context, rendering, status, (store.For(rendering), key, encoding));
    }

    private async Task RenderAndSendAsync(HttpContext context, SiteSnapshot snapshot, int status, (FinishedPageStore.Generation Set, string Key, string Encoding)? keepIn)
    {
        if (await RenderAsync(context, status, keepIn) is { } finished)
        {
            await SendAsync(context, snapshot, finished, fromStore: false);
        }
    }

    /// <summary>
    /// Renders the request further down the pipeline into memory. Returns the finished response, kept if asked, or
    /// null when the answer was not the one expected (an error, a redirect, a cookie): that goes out as it is.
    /// </summary>
    private async Task<FinishedResponse?> RenderAsync(HttpContext context, int status, (FinishedPageStore.Generation Set, string Key, string Encoding)? keepIn)
    {
        var sent = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var body = new MemoryStream(); // a page is tens of KB; the route table bounds what gets here
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(body));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(sent);
        }

        var rendered = body.GetBuffer().AsSpan(0, (int)body.Length);
        if (context.Response.StatusCode != status
            || FinishedResponse.From(context.Response, rendered, tagged: status == StatusCodes.Status200OK, store.Timestamp) is not { } finished)
        {
            // A page that failed, redirected or set a cookie goes out as it is, and is not kept.
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), context.RequestAborted);
            return null;
        }

        if (keepIn is var (set, key, encoding))
        {
            set.Add(key, encoding, finished);
        }

        return finished;
    }

    private Task SendAsync(HttpContext context, SiteSnapshot snapshot, FinishedResponse finished, bool fromStore)
    {
        var response = context.Response;
        response.StatusCode = finished.StatusCode;
        var headers = response.Headers;
        foreach (var (name, value) in finished.Headers)
        {
            headers[name] = value;
        }

        if (fromStore)
        {
            headers.Age = ((long)store.Since(finished.StoredAt).TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        if (finished.ETag is not null)
        {
            headers.ETag = finished.ETag;
            headers.CacheControl = "no-cache";
            // On uncompressed answers too, for caches on the way; and the version on 304s too, so the browser files
            // its unchanged copy under the new version.
            if (!headers.Vary.Contains(HeaderNames.AcceptEncoding))
            {
                headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            }

            headers[ServiceWorker.VersionHeader] = snapshot.ContentFingerprint;
            if (finished.IsNamedBy(context.Request.Headers.IfNoneMatch))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                headers.ContentType = default;
                headers.ContentEncoding = default;
                return Task.CompletedTask;
            }
        }

        response.ContentLength = finished.Body.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(finished.Body, context.RequestAborted).AsTask();
    }
}
