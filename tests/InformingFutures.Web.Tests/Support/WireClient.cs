namespace InformingFutures.Web.Tests.Support;

/// <summary>
/// A client of the site on real Kestrel that sends exactly the Accept-Encoding it is given, and neither decompresses
/// nor follows redirects: tests see the bytes and headers as they went over the wire.
/// </summary>
public sealed class WireClient(ToolkitFactory site) : IDisposable
{
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
    {
        BaseAddress = RawHttp.StartOnKestrel(site),
    };

    /// <returns>The response, its body already read.</returns>
    public async Task<HttpResponseMessage> GetAsync(string address, string acceptEncoding, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        var response = await _client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    public void Dispose() => _client.Dispose();
}
