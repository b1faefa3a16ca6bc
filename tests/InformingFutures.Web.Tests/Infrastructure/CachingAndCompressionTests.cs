using System.Net.Http.Headers;

namespace InformingFutures.Web.Tests.Infrastructure;

[Collection(SiteCollection.Name)]
public sealed class CachingAndCompressionTests(RepoSiteFactory site)
{
    [Fact]
    public async Task ARevalidatingBrowserGets304WhenNothingChanged()
    {
        var client = site.CreatePlainClient();
        var first = await client.GetAsync("/reflective-practice/team");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("no-cache", first.Headers.CacheControl?.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/reflective-practice/team");
        request.Headers.IfNoneMatch.Add(etag!);
        var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task EachClientGetsAnEncodingItCanReadEvenFromTheCache()
    {
        var client = site.CreatePlainClient();
        foreach (var encoding in new[] { "br", "gzip", "", "br", "gzip", "" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/reflective-practice/organisational");
            if (encoding.Length > 0)
            {
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            }

            var response = await client.SendAsync(request);
            var body = await HttpBodies.DecodedAsync(response);

            Assert.Equal(encoding, string.Join(",", response.Content.Headers.ContentEncoding));
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.Contains("Organisational Reflective Practice", body);
        }
    }

    [Fact]
    public async Task HealthIsNeverServedFromTheCache()
    {
        var client = site.CreatePlainClient();
        await client.GetAsync("/healthz");

        var response = await client.GetAsync("/healthz");

        Assert.False(response.Headers.Contains("Age"));
    }
}
