using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace InformingFutures.Web.Hosting.FinishedPages;

/// <summary>
/// A response as it goes out, status, headers and body in one encoding, kept so later requests for the same page
/// send these bytes without routing or rendering anything.
/// </summary>
internal sealed class FinishedResponse
{
    private FinishedResponse(int statusCode, KeyValuePair<string, StringValues>[] headers, byte[] body, string? etag, long storedAt)
    {
        StatusCode = statusCode;
        Headers = headers;
        Body = body;
        ETag = etag;
        StoredAt = storedAt;
    }

    public int StatusCode { get; }

    /// <summary>What the page itself set (type, encoding, Vary); the outer middleware adds the security headers.</summary>
    public KeyValuePair<string, StringValues>[] Headers { get; }

    public byte[] Body { get; }

    /// <summary>A strong tag taken from the bytes sent, so a 304 only ever stands for the very bytes the client holds.</summary>
    public string? ETag { get; }

    /// <summary>When it was stored, for the Age header of a later answer (<see cref="TimeProvider.GetTimestamp"/>).</summary>
    public long StoredAt { get; }

    /// <summary>Takes a rendered response; null when it must not be kept (it sets a cookie).</summary>
    public static FinishedResponse? From(HttpResponse response, ReadOnlySpan<byte> body, bool tagged, long storedAt)
    {
        if (response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            return null;
        }

        var headers = response.Headers
            .Where(h => !h.Key.Equals(HeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        var etag = tagged ? Tag(body) : null;
        return new FinishedResponse(response.StatusCode, headers, body.ToArray(), etag, storedAt);
    }

    /// <summary>The same response with another body (a search page with its answer set in), tagged afresh.</summary>
    public FinishedResponse WithBody(byte[] body, string? contentEncoding)
    {
        var headers = Headers.Where(h => !h.Key.Equals(HeaderNames.ContentEncoding, StringComparison.OrdinalIgnoreCase));
        if (contentEncoding is not null)
        {
            headers = headers.Append(new(HeaderNames.ContentEncoding, contentEncoding));
        }

        return new FinishedResponse(StatusCode, headers.ToArray(), body, Tag(body), StoredAt);
    }

    private static string Tag(ReadOnlySpan<byte> body) => $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..24]}\"";

    /// <summary>Whether the request's If-None-Match names this response (weak comparison, as for GET).</summary>
    public bool IsNamedBy(StringValues ifNoneMatch)
    {
        if (ETag is null || StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            return false;
        }

        foreach (var value in ifNoneMatch)
        {
            foreach (var part in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var tag = part.StartsWith("W/", StringComparison.Ordinal) ? part[2..] : part;
                if (tag == "*" || tag == ETag)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
