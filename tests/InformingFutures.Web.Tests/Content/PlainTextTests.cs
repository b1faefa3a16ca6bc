namespace InformingFutures.Web.Tests.Content;

public sealed class PlainTextTests
{
    [Fact]
    public void PlainTextHasTheWordsWithoutMarkupOrFrontMatter()
    {
        var doc = ContentTestHost.Parse("---\ntitle: Team\nsummary: Secret summary.\n---\n\n## Benefits\n\nShared *work* and [a link](https://example.org).\n\n| Col | Other |\n| --- | --- |\n| a | b |\n").Document!;

        Assert.Equal("Benefits\nShared work and a link.\nCol Other a b", doc.PlainText.ReplaceLineEndings("\n").TrimEnd());
    }

    [Fact]
    public void PlainTextKeepsMarkupLikeTextUnescapedForTheSearchSnippetToEncode()
    {
        var doc = ContentTestHost.Parse("---\ntitle: Markup\n---\n\nPaste <script>alert(1)</script> & more.\n").Document!;

        Assert.Equal("Paste <script>alert(1)</script> & more.", doc.PlainText);
        Assert.DoesNotContain("<script>", doc.Html);
    }
}
