using System.Security.Cryptography;
using InformingFutures.Web.Offline;
using InformingFutures.Web.Site;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace InformingFutures.Web.Infrastructure.PageCache;

/// <summary>
/// The validators and version a page goes out with: a strong <c>ETag</c> of the page's bytes and the encoding they are
/// sent in (an edit changes the tags of the pages that show it only, and a revalidating browser gets <c>304 Not
/// Modified</c> only for the bytes it holds), <c>Cache-Control: no-cache</c> so browsers revalidate, and the offline
/// copy's version header. The output cache keeps the headers it sees when the body starts, so the page is rendered
/// into memory first (a page is tens of KB) and sent once its tag is known; only pages the output cache keeps pass
/// here uncached, once per version, day and encoding.
/// </summary>
internal sealed class RepresentationHeaders(IResponseCompressionProvider compression) : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (context is not { Result: PageResult } || http.Response.StatusCode != StatusCodes.Status200OK || StatusPages.IsRenderingFor(http))
        {
            await next();
            return;
        }

        var sending = http.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var page = new MemoryStream();
        http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(page));
        try
        {
            await next();
        }
        finally
        {
            http.Features.Set(sending);
        }

        var bytes = page.GetBuffer().AsMemory(0, (int)page.Length);
        var headers = http.Response.Headers;
        var encoding = compression.GetCompressionProvider(http)?.EncodingName ?? "identity";
        headers.ETag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes.Span))[..24]}-{encoding}\"";
        headers.CacheControl = "no-cache";
        headers[ServiceWorker.VersionHeader] = http.RequestServices.GetRequiredService<CurrentSite>().Snapshot.ContentFingerprint;
        if (!headers.Vary.Contains(HeaderNames.AcceptEncoding))
        {
            headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        }

        // A reader who goes away mid-page ends this with an exception, and that must stay so: swallowed, the output
        // cache would keep the page cut short and serve it to everyone after (it did, when this once caught it).
        await sending.Stream.WriteAsync(bytes, http.RequestAborted);
    }
}
