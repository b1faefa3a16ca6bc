using Microsoft.AspNetCore.Hosting;

namespace InformingFutures.Web.Tests.Content;

/// <summary>A heading never takes an id the layout uses: "## Citation" once made "Copy citation" copy the word Citation.</summary>
public sealed class HeadingIdTests
{
    [Fact]
    public async Task HeadingsNamedLikeTheLayoutsElementsLeaveEveryPageKindWithUniqueIds()
    {
        using var content = new TempContent("good");
        // "cite-this-resource" is written "Cite this resource": the heading an editor would type.
        var headings = string.Join("\n\n", InformingFutures.Web.Content.HeadingIds.LayoutIds.Select(id => "## " + char.ToUpperInvariant(id[0]) + id[1..].Replace('-', ' ') + "\n\nText."));
        content.Write("alpha/first.md", $"---\ntitle: First model\nsummary: The first model.\norder: 1\ntype: model\n---\n\n{headings}\n\n## Benefits\n\nB.\n\n## Challenges\n\nC.\n");
        using var site = new ToolkitFactory(content.Root, configure: b => b.UseSetting("Site:PublicUrl", RepoSiteFactory.PublicUrl));

        foreach (var path in new[] { "/alpha/first", "/alpha", "/alpha/handout", "/alpha/first/present", "/alpha/first/present/presenter", "/alpha/first/present/handout", "/alpha/first/present/notes" })
        {
            var (response, html) = await site.GetHtmlAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var repeated = html.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.True(!repeated.Any(), $"{path}: ids used twice: {string.Join(", ", repeated)}");
        }

        var (_, page) = await site.GetHtmlAsync("/alpha/first");
        Assert.Contains("Available at:", page.GetElementById("citation")?.TextContent);
        Assert.NotNull(page.GetElementById("citation-1")); // the editor's heading, still linkable
    }
}
