using System.Text.Json;

namespace InformingFutures.Web.Tests.Infrastructure;

[Collection(SiteCollection.Name)]
public sealed class HealthTests(RepoSiteFactory site)
{
    // From the content folder, not from the site under test: every Markdown file of the repository is a page.
    private static int DocumentCount => Directory.GetFiles(TestPaths.RepoContent, "*.md", SearchOption.AllDirectories).Length;

    [Fact]
    public async Task HealthyWithTheDocumentCount()
    {
        var body = await site.CreatePlainClient().GetStringAsync("/healthz");

        Assert.StartsWith("Healthy\n", body);
        Assert.Contains($"{DocumentCount} documents loaded", body);
    }

    [Fact]
    public async Task ReadinessIsJsonWithTheContentsFigures()
    {
        using var response = await site.CreatePlainClient().GetAsync("/healthz/ready");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var data = json.RootElement.GetProperty("entries").GetProperty("content").GetProperty("data");
        Assert.Equal(DocumentCount, data.GetProperty("documents").GetInt32());
        Assert.Equal("succeeded", data.GetProperty("lastReload").GetString());
        Assert.False(string.IsNullOrWhiteSpace(data.GetProperty("contentVersion").GetString()));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task LivenessRunsNoChecks()
    {
        using var response = await site.CreatePlainClient().GetAsync("/healthz/live");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Empty(json.RootElement.GetProperty("entries").EnumerateObject());
    }

    [Fact]
    public async Task DegradedNamingTheBadFilesWhileGoodPagesServe()
    {
        using var broken = new ToolkitFactory(TestPaths.Fixture("malformed"));
        var client = broken.CreatePlainClient();

        var body = await client.GetStringAsync("/healthz");
        var ready = await client.GetAsync("/healthz/ready");

        Assert.StartsWith("Degraded\n", body);
        // One problem a line, so a person reading the report can count them.
        Assert.Contains(body.Split('\n'), line => line.StartsWith("  sec/bad-yaml.md:", StringComparison.Ordinal));
        Assert.Contains(body.Split('\n'), line => line.StartsWith("  sec/no-title.md:1:1: error: ", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode); // the good pages still serve, so the site is ready
        Assert.Contains("\"status\":\"Degraded\"", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sec/good")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sec/bad-yaml")).StatusCode);
    }

    [Fact]
    public async Task AFileNameWithALineBreakStaysOnOneLineOfTheReport()
    {
        using var content = new TempContent("good");
        content.Write("alpha/x\n::error forged.md", "---\ntitle: T\n---\n");
        using var withIt = new ToolkitFactory(content.Root);

        var body = await withIt.CreatePlainClient().GetStringAsync("/healthz");

        Assert.Contains("alpha/x\\n::error forged.md:", body);
        Assert.DoesNotContain(body.Split('\n'), line => line.StartsWith("::error", StringComparison.Ordinal));
    }
}
