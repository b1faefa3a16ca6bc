namespace InformingFutures.Web.Tests.Content;

/// <summary>A mistake in the front matter no longer hides the body's: an editor sees every problem of a file in one run.</summary>
public sealed class OneRoundTests
{
    [Fact]
    public void AFrontMatterMistakeIsReportedWithTheBodysMistakes()
    {
        var result = ContentTestHost.Parse("---\ntitle: T\nsummary: S.\norder: first\n---\n\n## Part\n\n#### Detail\n\nA picture: ![](photo.png) and [a link](javascript:alert(1)).\n");

        Assert.Null(result.Document);
        Assert.Equal(
        [
            "sec/page.md:4:8: error: 'order' must be a whole number, such as 2",
            "sec/page.md:9:1: warning: heading level skipped: a level-4 heading follows level 2",
            "sec/page.md:11:12: warning: image has no alt text: describe it between the square brackets, ![like this](picture.png)",
            "sec/page.md:11:31: error: unsafe link 'javascript:alert(1)' was made plain text: only http, https, mailto and relative links are allowed",
        ], result.Problems.OrderBy(p => p.Line).ThenBy(p => p.Column).Select(p => p.ToString()));
    }

    [Fact]
    public void AFileLeftOutStillHasItsLinksChecked_AndALinkToItSaysWhy()
    {
        using var content = new TempContent("good");
        content.Write("alpha/broken.md", "---\ntitle: Broken\norder: first\n---\n\nSee [nowhere](/alpha/nowhere) and [first](first).\n");
        content.Write("alpha/linker.md", "---\ntitle: Linker\nsummary: S.\n---\n\nSee [the broken page](/alpha/broken).\n");
        using var site = new TestSite(content.Root);

        var lines = site.Current.Problems.Where(p => p.Path is "alpha/broken.md" or "alpha/linker.md").Select(p => p.ToString()).Order(StringComparer.Ordinal);

        Assert.Equal(
        [
            "alpha/broken.md:3:8: error: 'order' must be a whole number, such as 2",
            "alpha/broken.md:6:5: error: link to '/alpha/nowhere' goes to /alpha/nowhere, which is not a page of this site",
            "alpha/linker.md:6:5: error: link to '/alpha/broken' goes to /alpha/broken, whose file alpha/broken.md has errors and is left off the site: fix that file",
        ], lines);
    }

    /// <summary>
    /// A model page with six mistakes gets six lines in one run, each at the line that is wrong, saying what to write
    /// instead, in the editor's words rather than the parser's.
    /// </summary>
    [Fact]
    public void EveryMistakeOfAFileIsReportedAtItsLineWithWhatToWriteInstead()
    {
        using var content = new TempContent("good");
        content.Write("alpha/mistakes.md", """
            ---
            title: Mistakes
            summary: A model with six mistakes.
            type: model
            reviewd: 2026-11-02
            ---

            ## Benefits

            Some <b>bold</b> words, a [broken link](/alpha/nowhere) and a picture: ![](chart.png)

            #### Detail

            ## Challenge

            Hard.

            """);
        using var site = new TestSite(content.Root);

        Assert.Equal(
        [
            "alpha/mistakes.md:5:1: warning: unknown front matter field 'reviewd' is ignored: write 'reviewed' if that is what you meant",
            "alpha/mistakes.md:10:6: warning: '<b>' shows on the page as typed, because pages show no HTML: write **bold** instead",
            "alpha/mistakes.md:10:27: error: link to '/alpha/nowhere' goes to /alpha/nowhere, which is not a page of this site",
            "alpha/mistakes.md:10:72: warning: image has no alt text: describe it between the square brackets, ![like this](picture.png)",
            "alpha/mistakes.md:12:1: warning: heading level skipped: a level-4 heading follows level 2",
            "alpha/mistakes.md:14:1: error: a page of type 'model' needs a '## Challenges' section: write '## Challenges' here instead of '## Challenge'",
        ], site.Current.Problems.Where(p => p.Path == "alpha/mistakes.md").OrderBy(p => p.Line).ThenBy(p => p.Column).Select(p => p.ToString()));
    }
}
