namespace InformingFutures.Web.Tests.Content;

public sealed class ContentIndexTests
{
    private static readonly TimeSpan Generous = ContentTestHost.ReloadLimit;

    [Fact]
    public void MapsFilesToUrlsAndOrdersModels()
    {
        using var index = ContentTestHost.CreateIndex(TestPaths.Fixture("good"));
        var snapshot = index.Current;

        Assert.Equal(["/", "/alpha", "/alpha/first", "/alpha/second"], snapshot.Documents.Select(d => d.Url));
        Assert.Equal("Fixture home", snapshot.Home?.Title);
        Assert.Equal("First model", snapshot.Find("alpha", "first")?.Title);
        Assert.Equal(["First model", "Second model"], snapshot.ModelsOf("alpha").Select(m => m.Title));
        Assert.Empty(snapshot.Problems);
    }

    [Theory]
    [InlineData("alpha", "first.md")]
    [InlineData("alpha", "../index")]
    [InlineData("alpha", "..%2f..%2fappsettings.json")]
    [InlineData("..", "alpha")]
    [InlineData("Alpha", "first")]
    [InlineData("alpha", "FIRST")]
    public void UrlsThatAreNotSlugsFindNothing(string section, string slug)
    {
        using var index = ContentTestHost.CreateIndex(TestPaths.Fixture("good"));

        Assert.Null(index.Current.Find(section, slug));
    }

    [Fact]
    public void MalformedFilesAreLeftOutWithAnErrorNamingFileAndLineWhileOthersServe()
    {
        using var index = ContentTestHost.CreateIndex(TestPaths.Fixture("malformed"));
        var snapshot = index.Current;
        var log = index.Log;

        Assert.NotNull(snapshot.Find("sec", "good"));
        Assert.NotNull(snapshot.Find("sec", null));
        Assert.Null(snapshot.Find("sec", "bad-yaml"));
        Assert.Null(snapshot.Find("sec", "no-title"));
        Assert.Contains(log.Errors, m => m.StartsWith("Content file sec/bad-yaml.md:3:", StringComparison.Ordinal) || m.StartsWith("Content file sec/bad-yaml.md:4:", StringComparison.Ordinal));
        Assert.Contains(log.Errors, m => m.StartsWith("Content file sec/no-title.md:1:", StringComparison.Ordinal) && m.Contains("title"));
        Assert.Equal(["sec/bad-yaml.md", "sec/no-title.md"], snapshot.Problems.Select(p => p.Path).Order());
    }

    [Fact]
    public async Task AddedChangedAndDeletedFilesAreServedAfterTheirReload()
    {
        using var content = new TempContent("good");
        using var index = ContentTestHost.CreateIndex(content.Root);

        content.Write("alpha/third.md", "---\ntitle: Third page\nsummary: New.\n---\n\nFresh.\n");
        Assert.True(await ContentTestHost.EventuallyAsync(() => index.Current.Find("alpha", "third") is not null, Generous), "added file not published");

        content.Write("alpha/third.md", "---\ntitle: Third page, renamed\nsummary: New.\n---\n\nFresh.\n");
        Assert.True(await ContentTestHost.EventuallyAsync(() => index.Current.Find("alpha", "third")?.Title == "Third page, renamed", Generous), "changed file not republished");

        File.Delete(content.PathOf("alpha/third.md"));
        Assert.True(await ContentTestHost.EventuallyAsync(() => index.Current.Find("alpha", "third") is null, Generous), "deleted file still published");
    }

    [Fact]
    public async Task BrokenEditKeepsTheLastGoodVersionOnline()
    {
        using var content = new TempContent("good");
        using var index = ContentTestHost.CreateIndex(content.Root);
        var before = index.Current.Version;

        content.Write("alpha/first.md", "---\ntitle: [broken\n---\n\nOops.\n");

        Assert.True(await ContentTestHost.EventuallyAsync(() => index.Current.Version > before && index.Current.Problems.Count > 0, Generous));
        Assert.Equal("First model", index.Current.Find("alpha", "first")?.Title);
        Assert.Equal("alpha/first.md", Assert.Single(index.Current.Problems).Path);
    }

    [Fact]
    public void TwoFilesClaimingOneUrlPublishOneAndReportTheOther()
    {
        using var content = new TempContent("good");
        content.Write("alpha/first.MD", "---\ntitle: Rival first\nsummary: A rival.\n---\n\nRival.\n");

        using var index = ContentTestHost.CreateIndex(content.Root);

        Assert.NotNull(index.Current.Find("alpha", "first"));
        var problem = Assert.Single(index.Current.Problems);
        Assert.Contains("/alpha/first is already published from alpha/first.", problem.Message);
    }

    [Fact]
    public async Task ARivalFileAddedLaterCannotTakeOverAPublishedPage()
    {
        using var content = new TempContent("good");
        using var index = ContentTestHost.CreateIndex(content.Root);

        content.Write("alpha/first.MD", "---\ntitle: Impostor\nsummary: x\n---\n"); // sorts before first.md by ordinal

        Assert.True(await ContentTestHost.EventuallyAsync(() => index.Current.Problems.Count == 1, ContentTestHost.ReloadLimit));
        Assert.Equal("alpha/first.MD", index.Current.Problems[0].Path);
        Assert.Equal("First model", index.Current.Find("alpha", "first")?.Title);
    }

    [Fact]
    public void FilesNestedTooDeepAreReported()
    {
        using var content = new TempContent("good");
        content.Write("alpha/nested/deep.md", "---\ntitle: Too deep\n---\n");

        using var index = ContentTestHost.CreateIndex(content.Root);

        Assert.DoesNotContain(index.Current.Documents, d => d.Title == "Too deep");
        Assert.Contains(index.Current.Problems, p => p.Path == "alpha/nested/deep.md" && p.Message.Contains("one folder deep"));
    }

    [Fact]
    public void SymbolicLinksAreNotFollowedOutOfTheContentRoot()
    {
        using var content = new TempContent("good");
        var outside = Path.Combine(Path.GetTempPath(), "if-outside-" + Guid.NewGuid().ToString("N") + ".md");
        File.WriteAllText(outside, "---\ntitle: Secret outside the root\n---\n");
        try
        {
            File.CreateSymbolicLink(content.PathOf("alpha/leak.md"), outside);

            using var index = ContentTestHost.CreateIndex(content.Root);

            Assert.Null(index.Current.Find("alpha", "leak"));
            Assert.DoesNotContain(index.Current.Documents, d => d.Title.Contains("Secret"));
        }
        finally
        {
            File.Delete(outside);
        }
    }
}
