namespace InformingFutures.Web.Tests.Site;

/// <summary>A reload builds a whole new snapshot and swaps it in; a reload that fails keeps the one before.</summary>
public sealed class SiteReloadTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AnEditChangesTheETagsOfThePagesThatShowItOnly()
    {
        using var content = new TempContent("good");
        content.Write("beta/index.md", "---\ntitle: Beta\nsummary: Another resource.\n---\n\nBeta text.\n");
        using var site = new ToolkitFactory(content.Root);
        using var client = site.CreatePlainClient();
        var before = new Dictionary<string, string?>();
        foreach (var path in new[] { "/alpha/first", "/alpha", "/beta", "/about" })
        {
            before[path] = await ETagAsync(client, path);
        }

        Assert.All(before, b => Assert.NotNull(b.Value));
        content.Write("alpha/first.md", File.ReadAllText(content.PathOf("alpha/first.md")).Replace("First benefit.", "Edited benefit."));

        Assert.True(await ContentTestHost.EventuallyAsync(async () => (await client.GetStringAsync("/alpha/first")).Contains("Edited benefit."), Generous));
        Assert.NotEqual(before["/alpha/first"], await ETagAsync(client, "/alpha/first"));
        Assert.NotEqual(before["/alpha"], await ETagAsync(client, "/alpha")); // its comparison table shows the edit
        Assert.Equal(before["/about"], await ETagAsync(client, "/about"));
        Assert.Equal(before["/beta"], await ETagAsync(client, "/beta"));
    }

    /// <summary>
    /// A save reads the saved file again and no other: every unchanged page is the very document the last load made,
    /// and a file that took too long to read is not read again until it changes.
    /// </summary>
    [Fact]
    public async Task ASaveParsesOnlyTheFileThatChanged()
    {
        using var content = new TempContent("good");
        using var site = new TestSite(content.Root, settings: ("Content:ReadTimeoutMilliseconds", "60000"));
        var before = site.Current.Documents.ToDictionary(d => d.SourcePath);
        var version = site.Snapshot.Version;

        content.Write("alpha/first.md", File.ReadAllText(content.PathOf("alpha/first.md")).Replace("First benefit.", "Edited benefit.", StringComparison.Ordinal));
        Assert.True(await ContentTestHost.EventuallyAsync(() => site.Current.Documents.Any(d => d.Html.Contains("Edited benefit.", StringComparison.Ordinal)), ContentTestHost.ReloadLimit));

        Assert.True(site.Snapshot.Version > version);
        foreach (var document in site.Current.Documents)
        {
            Assert.Equal(document.SourcePath != "alpha/first.md", ReferenceEquals(before[document.SourcePath], document));
        }
    }

    [Fact]
    public async Task ARevalidationWithTheCurrentETagGetsNotModified()
    {
        using var site = new ToolkitFactory(TestPaths.Fixture("good"));
        using var client = site.CreatePlainClient();
        var etag = await ETagAsync(client, "/alpha/first");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/alpha/first");
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task WhenAReloadFailsAsAWholeTheSiteKeepsServingAndHealthSaysWhy()
    {
        using var content = new TempContent("good");
        using var site = new ToolkitFactory(content.Root);
        using var client = site.CreatePlainClient();
        var index = site.Services.GetRequiredService<LiveSnapshot>();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alpha/first")).StatusCode);

        var moved = content.Root + "-moved";
        Directory.Move(content.Root, moved);
        try
        {
            index.Reload(); // the file watcher may not see its own root go

            Assert.NotNull(index.LastReloadFailure);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alpha/first")).StatusCode);
            Assert.Contains("the last content reload failed", await client.GetStringAsync("/healthz"));
        }
        finally
        {
            Directory.Move(moved, content.Root);
        }

        index.Reload();
        Assert.Null(index.LastReloadFailure);
        Assert.StartsWith("Healthy", await client.GetStringAsync("/healthz"));
    }

    [Fact]
    public void AReloadListenerThatThrowsIsLoggedAndTheNewContentStillServes()
    {
        using var site = new TestSite(TestPaths.Fixture("good"));
        var before = site.Snapshot.Version;
        site.Index.Reloaded += _ => throw new InvalidOperationException("listener failure");

        site.Index.Reload();

        Assert.Equal(before + 1, site.Snapshot.Version);
        Assert.Contains(site.Log.Errors, m => m.Contains("listener failed", StringComparison.Ordinal));
    }

    private static async Task<string?> ETagAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag?.Tag;
    }
}
