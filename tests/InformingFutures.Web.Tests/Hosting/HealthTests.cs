namespace InformingFutures.Web.Tests.Hosting;

[Collection(SiteCollection.Name)]
public sealed class HealthTests(RepoSiteFactory site)
{
    [Fact]
    public async Task HealthyWithTheDocumentCount()
    {
        var body = await site.CreatePlainClient().GetStringAsync("/healthz");

        Assert.StartsWith("Healthy\n", body);
        Assert.Contains("6 documents loaded", body);
    }

    [Fact]
    public async Task DegradedNamingTheBadFilesWhileGoodPagesServe()
    {
        using var broken = new ToolkitFactory(TestPaths.Fixture("malformed"));
        var client = broken.CreatePlainClient();

        var body = await client.GetStringAsync("/healthz");

        Assert.StartsWith("Degraded\n", body);
        Assert.Contains("sec/bad-yaml.md:", body);
        Assert.Contains("sec/no-title.md:1:", body);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/sec/good")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/sec/bad-yaml")).StatusCode);
    }
}
