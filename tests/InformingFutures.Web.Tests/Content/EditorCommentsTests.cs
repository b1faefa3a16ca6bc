using InformingFutures.Web.Search;

namespace InformingFutures.Web.Tests.Content;

/// <summary>
/// An editor's HTML comments are never published: not on the page, in its deck, in search or in the export. Each is
/// listed as a note with its line, so <c>check</c> shows what was left out. Comments inside code stay code.
/// </summary>
public sealed class EditorCommentsTests
{
    private const string Page = """
        ---
        title: Supervision
        summary: How supervision works.
        ---

        <!-- editor comment: check with Sam -->

        The group meets monthly.<!-- inline: ask Priya --> Everyone brings a case.

        <!--
        A longer note

        over a blank line
        -->

        Write `<!-- kept in code -->` to show a comment.

        ```
        <!-- kept in a code block -->
        ```
        """;

    [Fact]
    public void CommentsAreTakenOutAndEachIsListedWithItsLine()
    {
        var result = ContentTestHost.Parse(Page);

        var html = result.Document!.Html;
        Assert.DoesNotContain("Sam", html);
        Assert.DoesNotContain("Priya", html);
        Assert.DoesNotContain("A longer note", html);
        Assert.DoesNotContain("blank line", html);
        Assert.Contains("The group meets monthly. Everyone brings a case.", html);
        Assert.Contains("&lt;!-- kept in code --&gt;", html);
        Assert.Contains("&lt;!-- kept in a code block --&gt;", html);
        var notes = result.Problems.Where(p => p.Message.Contains("HTML comment", StringComparison.Ordinal)).ToList();
        Assert.Equal([6, 8, 10], notes.Select(n => n.Line));
        Assert.All(notes, n => Assert.Equal(ProblemSeverity.Notice, n.Severity));
    }

    [Fact]
    public async Task ACommentNeverReachesThePageItsDeckOrSearch()
    {
        using var content = new TempContent("editorial");
        content.Write("guide/supervision.md", File.ReadAllText(content.PathOf("guide/supervision.md")) + "\n<!-- editor comment: check with Sam -->\n\nFinal words.<!-- ask Priya -->\n");
        using var site = new ToolkitFactory(content.Root);
        var client = site.CreatePlainClient();

        foreach (var url in new[] { "/guide/supervision", "/guide/supervision/present", "/guide/supervision/present/notes", "/guide/handout", "/search-index.js" })
        {
            var body = await client.GetStringAsync(url);
            Assert.DoesNotContain("check with Sam", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Priya", body, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Final words.", await client.GetStringAsync("/guide/supervision"));
        Assert.Contains("Final words.", await client.GetStringAsync("/search-index.js")); // what search reads
    }
}
