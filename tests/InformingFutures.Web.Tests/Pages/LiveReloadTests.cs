namespace InformingFutures.Web.Tests.Pages;

public sealed class LiveReloadTests
{
    [Fact]
    public async Task AnEditorsChangeShowsOnTheSiteWithinTwoSecondsWithoutARestart()
    {
        using var content = new TempContent("good");
        using var site = new ToolkitFactory(content.Root);
        var client = site.CreatePlainClient();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/alpha/third")).StatusCode);

        content.Write("alpha/third.md", "---\ntitle: Third page\nsummary: Added while the site runs.\n---\n\nHello.\n");

        Assert.True(await ContentTestHost.EventuallyAsync(
            async () => (await client.GetAsync("/alpha/third")).IsSuccessStatusCode, ContentTestHost.ReloadLimit));
    }

    [Fact]
    public async Task AnEditToACachedPageShowsWithinTwoSeconds()
    {
        using var content = new TempContent("good");
        using var site = new ToolkitFactory(content.Root);
        var client = site.CreatePlainClient();
        Assert.Contains("First benefit.", await client.GetStringAsync("/alpha/first"));
        Assert.Contains("First benefit.", await client.GetStringAsync("/alpha/first")); // now cached

        content.Write("alpha/first.md", File.ReadAllText(content.PathOf("alpha/first.md")).Replace("First benefit.", "Edited benefit."));

        Assert.True(await ContentTestHost.EventuallyAsync(
            async () => (await client.GetStringAsync("/alpha/first")).Contains("Edited benefit."), ContentTestHost.ReloadLimit));
        Assert.Contains("Edited benefit.", await client.GetStringAsync("/alpha")); // the overview's comparison too
    }
}
