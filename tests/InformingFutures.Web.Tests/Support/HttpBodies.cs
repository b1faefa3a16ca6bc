using System.IO.Compression;

namespace InformingFutures.Web.Tests.Support;

public static class HttpBodies
{
    /// <summary>The body as text, decompressed as its Content-Encoding says.</summary>
    public static async Task<string> DecodedAsync(HttpResponseMessage response)
    {
        var stream = await response.Content.ReadAsStreamAsync();
        Stream decoded = response.Content.Headers.ContentEncoding.FirstOrDefault() switch
        {
            "br" => new BrotliStream(stream, CompressionMode.Decompress),
            "gzip" => new GZipStream(stream, CompressionMode.Decompress),
            _ => stream,
        };
        return await new StreamReader(decoded).ReadToEndAsync();
    }
}
