using Microsoft.AspNetCore.Hosting;

namespace InformingFutures.Web.Tests.Content;

/// <summary>
/// A control character pasted into the front matter (Word's line break, U+000B, is the usual one) is an error at its
/// line and column; it once made the Atom feed writer throw, which stopped `check` with a public address and emptied
/// a restarted site.
/// </summary>
public sealed class ControlCharacterTests
{
    [Theory]
    [InlineData("title: Team\vwork", 2, 12, "000B")]
    [InlineData("summary: A summary\u0001", 3, 19, "0001")]
    public void AControlCharacterIsReportedAtItsLineAndColumn(string field, int line, int column, string code)
    {
        var yaml = field.StartsWith("title", StringComparison.Ordinal) ? $"---\n{field}\nsummary: S.\n---\n\nText.\n" : $"---\ntitle: T\n{field}\n---\n\nText.\n";

        var problem = Assert.Single(ContentTestHost.Parse(yaml).Problems);

        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Equal($"the front matter holds a control character (U+{code}), usually a line break pasted from a word processor: delete it", problem.Message);
    }

    [Fact]
    public async Task CheckWithAPublicAddressAndTheSiteReportItAndKeepServingTheFeed()
    {
        using var content = new TempContent("editorial");
        var page = content.PathOf("guide/supervision.md");
        File.WriteAllText(page, File.ReadAllText(page).Replace("Rewrote the challenges", "Rewrote\vthe challenges", StringComparison.Ordinal));

        var (exitCode, output) = StaticExport.RunCommand("check", null, new Dictionary<string, string> { ["Site__PublicUrl"] = RepoSiteFactory.PublicUrl }, content.Root);
        Assert.Equal(1, exitCode);
        Assert.Contains("guide/supervision.md:", output);
        Assert.Contains(": error: the front matter holds a control character (U+000B)", output);

        using var site = new ToolkitFactory(content.Root, configure: b => b.UseSetting("Site:PublicUrl", RepoSiteFactory.PublicUrl));
        var feed = await site.CreatePlainClient().GetAsync("/feed.xml");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.CreatePlainClient().GetAsync("/guide")).StatusCode);
    }
}
