using System.Text.Json;
using InformingFutures.Web.Editorial;

namespace InformingFutures.Web.Tests.Editorial;

/// <summary>
/// Live preview exists in Development only: its event stream tells open pages about each reload and the mistakes in
/// it; in Production neither address answers and no page mentions it.
/// </summary>
public sealed class LivePreviewTests
{
    [Fact]
    public async Task InProductionThereIsNoEventStreamNoScriptAndNoMentionOfThem()
    {
        using var site = new ToolkitFactory(TestPaths.Fixture("editorial"));
        var client = site.CreatePlainClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(RouteTable.PreviewEventsPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(RouteTable.PreviewScriptPath)).StatusCode);
        Assert.DoesNotContain("_preview", await client.GetStringAsync("/guide/supervision"));
        Assert.DoesNotContain("_preview", await client.GetStringAsync("/guide/supervision/present"));
    }

    [Fact]
    public async Task InDevelopmentEachSaveIsAnnouncedWithTheMistakesItLeaves()
    {
        using var content = new TempContent("editorial");
        using var site = new ToolkitFactory(content.Root, "Development");
        var client = site.CreatePlainClient();
        Assert.Contains($"<script src=\"{RouteTable.PreviewScriptPath}\" defer></script>", await client.GetStringAsync("/guide/supervision"));
        Assert.Equal("text/javascript", (await client.GetAsync(RouteTable.PreviewScriptPath)).Content.Headers.ContentType?.MediaType);

        using var stream = await client.GetStreamAsync(RouteTable.PreviewEventsPath);
        using var events = new StreamReader(stream);
        var first = await NextStateAsync(events);
        Assert.Empty(first.Errors);

        content.Write("guide/supervision.md", File.ReadAllText(content.PathOf("guide/supervision.md")).Replace("Finding a time", "Finding an hour"));
        var edited = await NextStateAsync(events);
        content.Write("guide/supervision.md", "---\ntitle: [unclosed\n---\n\nBody.\n");
        var broken = await NextStateAsync(events);

        Assert.True(edited.Version > first.Version);
        Assert.Empty(edited.Errors);
        Assert.True(broken.Version > edited.Version);
        Assert.Equal(["guide/supervision.md:3:1: front matter is not valid YAML: a '[' starts a list that is never closed with ']'. If the value of 'title' holds a colon, a '#' or quotes, put the whole value in double quotes, e.g. title: \"[unclosed\" (so this file is left off the site, which shows its last good version if it had one)"], broken.Errors);

        // A broken link leaves its page published as it is: the banner says nothing of a last good version.
        content.Write("guide/linker.md", "---\ntitle: Linker\nsummary: Links.\n---\n\nSee [nowhere](/nowhere).\n");
        var linked = await NextStateAsync(events);
        Assert.Contains("guide/linker.md:6:5: link to '/nowhere' goes to /nowhere, which is not a page of this site", linked.Errors);
    }

    private static async Task<PreviewState> NextStateAsync(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonSerializer.Deserialize<PreviewState>(line["data: ".Length..], JsonSerializerOptions.Web)!;
            }
        }

        throw new EndOfStreamException("the event stream ended");
    }
}
