namespace InformingFutures.Web.Tests.Site;

/// <summary>
/// The content folder itself replaced while the site runs (`rm -rf content &amp;&amp; mv content.new content`, a
/// checkout, a volume mounted anew): the site follows the new folder, and while there is none it keeps serving the
/// last good content and says so.
/// </summary>
public sealed class ContentFolderReplacementTests
{
    [Fact]
    public async Task AFolderMovedIntoPlaceOfTheOldOneIsServedAndHealthSaysSo()
    {
        using var content = new TempContent("good");
        using var site = new ToolkitFactory(content.Root);
        var client = site.CreatePlainClient();
        Assert.Contains("First model", await client.GetStringAsync("/alpha/first"));

        using var replacement = new TempContent("good");
        replacement.Write("alpha/first.md", File.ReadAllText(replacement.PathOf("alpha/first.md")).Replace("title: First model", "title: Replaced model", StringComparison.Ordinal));
        var staged = content.Root + ".new";
        Directory.Move(replacement.Root, staged);
        Directory.Delete(content.Root, recursive: true);
        Directory.Move(staged, content.Root);

        Assert.True(await ContentTestHost.EventuallyAsync(async () => (await client.GetStringAsync("/alpha/first")).Contains("Replaced model", StringComparison.Ordinal), ContentTestHost.ReloadLimit),
            "the page from the new folder was never served");
        Assert.StartsWith("Healthy", await client.GetStringAsync(RouteTable.HealthPath));

        // Edits to the new folder are followed too: its watch is new.
        File.WriteAllText(Path.Combine(content.Root, "alpha", "first.md"), File.ReadAllText(Path.Combine(content.Root, "alpha", "first.md")).Replace("Replaced model", "Edited model", StringComparison.Ordinal));
        Assert.True(await ContentTestHost.EventuallyAsync(async () => (await client.GetStringAsync("/alpha/first")).Contains("Edited model", StringComparison.Ordinal), ContentTestHost.ReloadLimit),
            "an edit in the new folder was never served");
    }

    [Fact]
    public async Task WhileTheFolderIsGoneTheLastContentIsServedAndHealthIsDegradedUntilItComesBack()
    {
        using var content = new TempContent("good");
        using var site = new ToolkitFactory(content.Root);
        var client = site.CreatePlainClient();
        var kept = content.Root + ".kept";
        Directory.Move(content.Root, kept);

        Assert.True(await ContentTestHost.EventuallyAsync(async () => (await client.GetStringAsync(RouteTable.HealthPath)).StartsWith("Degraded", StringComparison.Ordinal), ContentTestHost.ReloadLimit),
            "health never said the folder was gone");
        Assert.Contains("First model", await client.GetStringAsync("/alpha/first"));

        Directory.Move(kept, content.Root);
        Assert.True(await ContentTestHost.EventuallyAsync(async () => (await client.GetStringAsync(RouteTable.HealthPath)).StartsWith("Healthy", StringComparison.Ordinal), ContentTestHost.ReloadLimit),
            "health never recovered when the folder came back");
    }
}
