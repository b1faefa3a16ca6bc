using Microsoft.AspNetCore.Http;
using CsCheck;
using InformingFutures.Web.Hosting.FinishedPages;
using InformingFutures.Web.Site;

namespace InformingFutures.Web.Tests.Hosting;

/// <summary>
/// Pages go out as bytes finished once per content version and day, under keys that made-up addresses cannot
/// multiply: on real Kestrel, as a probe would find it. An answer from the store shows as an <c>Age</c> header.
/// </summary>
public sealed class FinishedPageTests : IDisposable
{
    private static readonly string[] ModelPages = ["/reflective-practice/team", "/reflective-practice/organisational", "/reflective-practice/multi-agency"];

    private readonly ToolkitFactory _site = new RepoSiteFactory();
    private readonly WireClient _wire;

    public FinishedPageTests() => _wire = new WireClient(_site);

    [Fact]
    public async Task AFloodOfUniqueAddressesAndQueriesLeavesThePagesStoredAndAddsNothing()
    {
        foreach (var page in ModelPages)
        {
            using var warm = await _wire.GetAsync(page, "identity");
        }

        using (var shell = await _wire.GetAsync("/search?q=warm", "identity"))
        using (var missing = await _wire.GetAsync("/no-such-page", "identity"))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        var stored = StoredCount();

        // 600 addresses nobody asked for before: static files, pages and searches with made-up query strings,
        // unique searches, and unknown addresses of every shape.
        var flood = Enumerable.Range(0, 600).Select(n => (n % 12) switch
        {
            < 3 => $"/_framework/blazor.web.js?e={n}",
            3 => $"/css/site.css?e={n}",
            4 => $"/reflective-practice/team?utm_source={n}",
            5 or 6 => $"/search?q={n}",
            7 => $"/search?q=rooms+{n}&page={n}",
            8 => $"/reflective-practice/{n}",
            9 => $"/{n}/{n}/present",
            _ => $"/made-up-{n}",
        });
        foreach (var address in flood)
        {
            using var _ = await _wire.GetAsync(address, "identity");
        }

        Assert.Equal(stored, StoredCount());
        foreach (var page in ModelPages)
        {
            using var response = await _wire.GetAsync(page, "identity");
            Assert.True(response.Headers.Age is not null, $"{page} was not served from the store after the flood");
        }
    }

    [Fact]
    public void NoAddressOrQueryAnyoneSendsStoresMoreThanOneAnswerPerPageAndEncoding()
    {
        using var client = _site.CreateClient();
        var snapshot = _site.Services.GetRequiredService<SiteIndex>().Current;
        // Every page in each of the three encodings, the "page not found" page in each, and the search page's shell.
        var bound = (snapshot.Routes.All.Count(r => r.IsHtmlPage) + 1) * 3 + 1;
        var segment = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-_.~%"], 1, 12];
        var addresses = Gen.Select(segment.Array[1, 4], AnyOf("", "?q=", "?utm=", "?q=rooms&x="), segment, AnyOf("br", "gzip", "identity", "gzip, br"))
            .Select((parts, query, value, encoding) => ("/" + string.Join('/', parts) + (query.Length > 0 ? query + value : ""), encoding));
        // Real addresses too, so the store fills with pages while made-up ones try to add more.
        var realPages = Gen.Select(AnyOf(snapshot.Routes.All.Where(r => r.IsHtmlPage).Select(r => r.Path).ToArray()), AnyOf("br", "gzip", "identity"));
        var tried = 0;

        Gen.Frequency((3, addresses), (1, realPages)).Sample(request =>
        {
            var (address, encoding) = request;
            using var message = new HttpRequestMessage(HttpMethod.Get, address);
            message.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            using var response = client.SendAsync(message).GetAwaiter().GetResult();
            Interlocked.Increment(ref tried);
            Assert.True((int)response.StatusCode < 500, $"{address} answered {(int)response.StatusCode}");
        }, iter: 1500, threads: 1);

        Assert.Equal(1500, tried);
        Assert.InRange(StoredCount(), 1, bound);
    }

    [Fact]
    public void PastItsBudgetTheStoreKeepsWhatItHasAndTakesNoMore()
    {
        var generation = new FinishedPageStore.Generation(version: 1, day: 1);
        var page = Finished(30_000);
        generation.Add("/page", "identity", page);

        var big = Finished(1024 * 1024);
        for (var i = 0; i < 2 * FinishedPageStore.BudgetBytes / big.Body.Length; i++)
        {
            generation.Add($"/other-{i}", "identity", big);
        }

        Assert.True(generation.TryGet("/page", "identity", out var kept));
        Assert.Same(page, kept);
        Assert.True(generation.Bytes <= FinishedPageStore.BudgetBytes, $"{generation.Bytes} bytes stored");
    }

    [Fact]
    public async Task BlazorsFrameworkScriptIsNotServedBecauseNoPageUsesIt()
    {
        using var response = await _wire.GetAsync("/_framework/blazor.web.js", "identity");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/reflective-practice/team?utm_source=a", "/reflective-practice/team?utm_source=b")]
    [InlineData("/reflective-practice/team", "/reflective-practice/team?e=1&f=2")]
    [InlineData("/search?page=1", "/search?page=2")]
    public async Task UnknownQueryKeysGetTheStoredPage(string first, string second)
    {
        using var _ = await _wire.GetAsync(first, "identity");

        using var response = await _wire.GetAsync(second, "identity");

        Assert.NotNull(response.Headers.Age);
    }

    [Fact]
    public async Task SearchAnswersAreMadeForEachQueryAndNeverStored()
    {
        using var first = await _wire.GetAsync("/search?q=rooms", "identity");
        using var again = await _wire.GetAsync("/search?q=rooms", "identity");

        Assert.Null(first.Headers.Age);
        Assert.Null(again.Headers.Age);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        using var revalidated = await _wire.GetAsync("/search?q=rooms", "identity", first.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    [InlineData("identity")]
    public async Task ASearchAnswerInEachEncodingReadsTheSameAsTheRenderedPage(string encoding)
    {
        using var answer = await _wire.GetAsync("/search?q=trust+rooms", encoding);
        var html = await HttpBodies.DecodedAsync(answer);

        Assert.Equal(encoding == "identity" ? "" : encoding, string.Join(",", answer.Content.Headers.ContentEncoding));
        Assert.Contains("<title>Search results for ‘trust rooms’", html);
        Assert.Contains("value=\"trust rooms\"", html);
        Assert.DoesNotContain("zzsearch", html);
    }

    [Theory]
    [InlineData("gzip, deflate", "deflate, gzip", "gzip")]
    [InlineData("br, gzip", "gzip;q=0.8, br", "br")]
    [InlineData("identity", "compress, x-made-up", "")]
    public async Task AcceptEncodingValuesThatGetTheSameEncodingShareOneEntry(string first, string second, string encoding)
    {
        using var _ = await _wire.GetAsync("/reflective-practice/organisational", first);

        using var response = await _wire.GetAsync("/reflective-practice/organisational", second);

        Assert.NotNull(response.Headers.Age);
        Assert.Equal(encoding, string.Join(",", response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task EveryUnknownAddressGetsTheOneNotFoundPageRenderedOnce()
    {
        using var first = await _wire.GetAsync("/reflective-practice/no-such-model", "identity");
        using var second = await _wire.GetAsync("/elsewhere/entirely?x=1", "identity");

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        var html = await second.Content.ReadAsStringAsync();
        Assert.Equal(await first.Content.ReadAsStringAsync(), html);
        Assert.Contains("Page not found", html);
        Assert.DoesNotContain("Request ID", html); // one page for every visitor, so it names nobody's request
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/healthz")]
    [InlineData("/sitemap.xml")]
    [InlineData("/print-footer/reflective-practice/team.css")]
    public async Task WhatIsNotAPageIsNeverStored(string address)
    {
        using var _ = await _wire.GetAsync(address, "identity");

        using var response = await _wire.GetAsync(address, "identity");

        Assert.Null(response.Headers.Age);
    }

    private static Gen<T> AnyOf<T>(params T[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private int StoredCount() =>
        _site.Services.GetRequiredService<FinishedPageStore>().For(_site.Services.GetRequiredService<SiteIndex>().Current).Count;

    private static FinishedResponse Finished(int size)
    {
        var response = new DefaultHttpContext().Response;
        response.StatusCode = StatusCodes.Status200OK;
        return FinishedResponse.From(response, new byte[size], tagged: true, storedAt: 0)!;
    }

    public void Dispose()
    {
        _wire.Dispose();
        _site.Dispose();
    }
}
