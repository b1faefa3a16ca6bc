namespace InformingFutures.Web.Tests.Infrastructure;

[Collection(SiteCollection.Name)]
public sealed class HostileRequestTests(RepoSiteFactory site)
{
    public static TheoryData<string> Methods => new() { "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "FOO" };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task MethodsOtherThanGetAndHeadGet405WithTheLayout(string method)
    {
        var response = await site.CreatePlainClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), "/reflective-practice/team"));
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Concat(response.Headers.TryGetValues("Allow", out var a) ? a : []).SelectMany(v => v.Split(", ")).Distinct());
        AttributionAssert.Carries(html, $"{method} /reflective-practice/team");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/reflective-practice")]
    [InlineData("/reflective-practice/team")]
    [InlineData("/reflective-practice/handout")]
    [InlineData("/reflective-practice/present")]
    [InlineData("/about")]
    [InlineData("/healthz")]
    [InlineData("/sitemap.xml")]
    [InlineData("/no-such-page")]
    public async Task HeadAnswersWithTheSameStatusAsGet(string url)
    {
        var client = site.CreatePlainClient();

        var get = await client.GetAsync(url);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(get.StatusCode, head.StatusCode); // the body is dropped by Kestrel: see EncodedPathTrickTests
    }

    [Theory]
    [InlineData("/reflective-practice/t%C3%ABam")]
    [InlineData("/r%C3%A9flective-practice")]
    [InlineData("/reflective-practice/team%0A")]
    [InlineData("/reflective-practice/team%01")]
    [InlineData("/reflective-practice/%F0%9F%99%82")]
    [InlineData("/reflective-practice/team?q=%3Cscript%3E")]
    public async Task UnicodeAndControlCharactersInPathsAreNotFoundNeverAnError(string url)
    {
        var response = await site.CreatePlainClient().GetAsync(url);

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
    }
}
