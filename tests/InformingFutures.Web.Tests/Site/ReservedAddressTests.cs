namespace InformingFutures.Web.Tests.Site;

/// <summary>
/// A section folder or page named like one of the site's own addresses (about/, search/, healthz/…) is an error at its
/// file and left off the site: the site's own page still answers, every other page serves, and `check` names the file.
/// </summary>
public sealed class ReservedAddressTests
{
    private const string Overview = "---\ntitle: Clash\nsummary: A section named like the site's own page.\norder: 2\n---\n\nText.\n";

    [Theory]
    [InlineData("about/index.md", "/about")]
    [InlineData("search/index.md", "/search")]
    [InlineData("offline/index.md", "/offline")]
    [InlineData("healthz/index.md", "/healthz")]
    [InlineData("error/index.md", "/error")]
    [InlineData("pdf/index.md", "/pdf")]
    [InlineData("status/index.md", "/status")]
    public async Task APageNamedLikeTheSitesOwnAddressIsRefusedAtItsFileAndTheRestServes(string file, string address)
    {
        using var content = new TempContent("good");
        content.Write(file, Overview);
        using var site = new ToolkitFactory(content.Root);
        var client = site.CreatePlainClient();

        var problem = Assert.Single(site.Services.GetRequiredService<LiveSnapshot>().Current.Content.Problems, p => p.Path == file);
        Assert.StartsWith($"the address {address} is the site's own, so this page cannot have it; rename the folder", problem.Message);
        Assert.True(problem.IsError);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alpha/first")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/about")).StatusCode);
        Assert.DoesNotContain("Clash", await client.GetStringAsync("/about"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready")).StatusCode);
    }

    [Fact]
    public void CheckNamesTheFileAndFinishesWithoutAStackTrace()
    {
        using var content = new TempContent("good");
        content.Write("about/index.md", Overview);

        var (exitCode, output) = StaticExport.RunCommand("check", null, new Dictionary<string, string> { ["Site__PublicUrl"] = RepoSiteFactory.PublicUrl }, content.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("about/index.md:1:1: error: the address /about is the site's own, so this page cannot have it; rename the folder", output);
        Assert.DoesNotContain("   at ", output);
    }
}
