using InformingFutures.Web.Tests.Support;

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
            () => client.GetAsync("/alpha/third").Result.IsSuccessStatusCode, TimeSpan.FromSeconds(2)));
    }
}
