namespace InformingFutures.Web.Tests.Content;

public sealed class PlainTextTests
{
    [Fact]
    public void PlainTextHasTheWordsWithoutMarkupFrontMatterOrSectionHeadings()
    {
        var doc = ContentTestHost.Parse("---\ntitle: Team\nsummary: Secret summary.\n---\n\n## Benefits\n\nShared *work* and [a link](https://example.org).\n\n| Col | Other |\n| --- | --- |\n| a | b |\n").Document!;

        // "Benefits" is searched as a heading; in the text it would run into a snippet's sentence.
        Assert.Equal("Shared work and a link.\nCol Other a b", doc.PlainText.ReplaceLineEndings("\n").TrimEnd());
        Assert.Equal("Benefits", Assert.Single(doc.Sections).Heading);
    }

    [Fact]
    public void PlainTextKeepsMarkupLikeTextUnescapedForTheSearchSnippetToEncode()
    {
        var doc = ContentTestHost.Parse("---\ntitle: Markup\n---\n\nPaste <script>alert(1)</script> & more.\n").Document!;

        Assert.Equal("Paste <script>alert(1)</script> & more.", doc.PlainText);
        Assert.DoesNotContain("<script>", doc.Html);
    }
}
