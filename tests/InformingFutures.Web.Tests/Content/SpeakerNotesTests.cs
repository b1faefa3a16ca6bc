using InformingFutures.Web.Search;
namespace InformingFutures.Web.Tests.Content;

/// <summary>Speaker notes (<c>::: notes</c>) reach the presenter and nobody else; a broken notes block is named.</summary>
public sealed class SpeakerNotesTests
{
    private const string Model = "---\ntitle: T\nsummary: S.\ntype: model\n---\n\n## Benefits\n\nSeen by all.\n\n::: notes\nSaid by the *trainer*.\n:::\n\n## Challenges\n\nAlso seen.\n";

    [Fact]
    public void NotesAreTakenOutOfThePageItsSectionsAndItsSearchText()
    {
        var document = ContentTestHost.Parse(Model).Document!;

        Assert.DoesNotContain("trainer", document.Html);
        Assert.DoesNotContain("trainer", document.PlainText);
        Assert.All(document.Sections, s => Assert.DoesNotContain("trainer", s.Html));
        Assert.Equal("<p>Said by the <em>trainer</em>.</p>", document.NotesFor("benefits"));
        Assert.Null(document.NotesFor("challenges"));
    }

    [Fact]
    public void AnUnclosedNotesBlockIsAnErrorAtItsPlaceAndThePageIsLeftOut()
    {
        var result = ContentTestHost.Parse("---\ntitle: T\nsummary: S.\n---\n\nText.\n\n::: notes\nForgot to close.\n\nThe rest of the page.\n");

        Assert.Null(result.Document);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("sec/page.md:8:1: error: this '::: notes' block is not closed: end it with a line ':::', or the rest of the page is hidden in the notes", problem.ToString());
    }

    [Theory]
    [InlineData("note")]
    [InlineData("Notes")]
    [InlineData("warning")]
    public void AnyOtherKindOfBlockIsRefusedRatherThanShownOnThePage(string kind)
    {
        var result = ContentTestHost.Parse($"---\ntitle: T\nsummary: S.\n---\n\n::: {kind}\nPrivate.\n:::\n");

        Assert.Null(result.Document);
        Assert.Contains(result.Problems, p => p.Line == 6 && p.Message.StartsWith($"'::: {kind}' is not a kind of block", StringComparison.Ordinal));
    }

    [Fact]
    public void APageWithThousandsOfNotesBlocksIsReadNotMistakenForUnderlinedHeadings()
    {
        var markdown = "---\ntitle: T\nsummary: S.\n---\n\n## A\n\n" + string.Concat(Enumerable.Repeat("::: notes\nx *y*\n:::\n", 2_100));

        var result = ContentTestHost.Parse(markdown);

        Assert.Empty(result.Problems);
        Assert.Equal(2_100, result.Document!.SpeakerNotes.Count);
    }

    [Fact]
    public void TheRunningSiteLogsAnUnclosedBlockWithFileLineAndColumn()
    {
        using var content = new TempContent("notes");
        content.Write("workshop/broken.md", "---\ntitle: Broken\nsummary: S.\n---\n\nText.\n\n  ::: notes\nNever closed.\n");
        using var site = new TestSite(content.Root);

        Assert.NotNull(site.Current.Find("workshop", "team")); // the rest of the site is served
        Assert.Contains(site.Log.Errors, m => m.Contains("workshop/broken.md:8:3: error: this '::: notes' block is not closed", StringComparison.Ordinal));
    }

    [Fact]
    public void NotesAreNeitherSearchedNorInTheDescriptionButReachTheirSlides()
    {
        using var site = new TestSite(TestPaths.Fixture("notes"));

        // What search reads: the page's own text, never its notes.
        var index = System.Text.Encoding.UTF8.GetString(InformingFutures.Web.Search.SearchIndexScript.Write(site.Current, ""));
        Assert.DoesNotContain("sensitive", index, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Hierarchy gets in the way.", index, StringComparison.Ordinal);
        var team = site.Current.Find("workshop", "team")!;
        Assert.DoesNotContain("sensitive", team.Summary + team.Html + team.PlainText);

        var deck = InformingFutures.Web.Presentation.SlideDeck.At(site.Snapshot, "/workshop/team/present", "Site")!;
        Assert.Equal([null, "shared learning", "sensitive topic"], deck.Slides.Select(s => s.NotesHtml is null ? null : s.NotesHtml.Contains("shared learning") ? "shared learning" : "sensitive topic"));
    }
}
