using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace InformingFutures.Web.Hosting;

/// <summary>
/// Gives each page response a strong ETag taken from the bytes actually sent: one per page, per encoding and per
/// day's text (the citation's date, the review notice), so a 304 only ever stands for the very bytes the client
/// holds. It sits between the output cache and compression, so it hashes the compressed body, and the cache stores
/// the tag with the entry and answers later revalidations itself. Browsers are asked to revalidate every time,
/// which costs a 304 when nothing changed.
/// </summary>
public sealed class RepresentationETags(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (PageCachePolicy.CacheablePage(context) is null)
        {
            await next(context);
            return;
        }

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

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length)))[..24]}\"");
            response.Headers.ETag = etag.ToString();
            response.Headers.CacheControl = "no-cache";
            if (!response.Headers.Vary.Contains(HeaderNames.AcceptEncoding))
            {
                response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding); // on uncompressed answers too, for caches on the way
            }

            if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                response.Headers.ContentEncoding = default;
                return;
            }
        }

        response.ContentLength = body.Length;
        body.Position = 0;
        await body.CopyToAsync(sent.Stream, context.RequestAborted);
    }
}
